import { randomBytes } from 'node:crypto';
import { timeStream, type Contender } from './contender.js';

/** Where the raw contenders send their requests: the Space's API and its endpoint's fn_index. */
export interface RawEndpoint {
  api: string;
  fnIndex: number;
}

/** Reads /config once, as every Gradio client does. */
export async function readEndpoint(url: string): Promise<RawEndpoint> {
  const config = (await (await fetch(`${url}/config`)).json()) as { api_prefix: string; dependencies: { id: number; api_name: string }[] };
  return { api: `${url}${config.api_prefix}`, fnIndex: config.dependencies.find((dependency) => dependency.api_name === 'generate')?.id ?? 0 };
}

/** Joins the queue with `prompt` and returns the session hash whose stream carries the answer. */
export async function joinQueue({ api, fnIndex }: RawEndpoint, prompt: string): Promise<string> {
  const session = randomBytes(8).toString('hex');
  const body = JSON.stringify({ data: [null, prompt], event_data: null, fn_index: fnIndex, trigger_id: null, session_hash: session });
  await fetch(`${api}/queue/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return session;
}

/** Reads one answer's queue messages into text deltas. */
export class QueueDeltas {
  private generating = false;

  /** What one queue message adds to the answer, and whether it was the last. */
  read(data: string): { delta: string; last: boolean } {
    const event = JSON.parse(data) as { msg: string; output?: { data: unknown[] } };
    if (event.msg !== 'process_generating') return { delta: '', last: event.msg === 'process_completed' };
    const [value] = event.output?.data ?? [];
    // The first message carries the text so far; later ones carry append edits.
    const delta = this.generating ? (value as [string, unknown[], string][]).map((edit) => edit[2]).join('') : (value as string);
    this.generating = true;
    return { delta, last: false };
  }
}

/** A raw contender: reads /config once, then times the deltas `answer` yields. */
export function rawContender(answer: (endpoint: RawEndpoint, prompt: string) => AsyncIterable<string>): Contender {
  let endpoint: RawEndpoint | undefined;
  return {
    async prepare(url) {
      endpoint = await readEndpoint(url);
    },
    ask(prompt) {
      if (endpoint === undefined) throw new Error('prepare first');
      return timeStream(answer(endpoint, prompt), false);
    },
  };
}
