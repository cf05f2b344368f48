import { randomBytes } from 'node:crypto';
import { timeStream, type Contender } from './contender.js';

/** Where the raw contenders send their requests: the Space's API and its endpoint's fn_index. */
interface RawEndpoint {
  api: string;
  fnIndex: number;
}

/** The events of the event stream a GET of `url` answers: what a raw contender supplies. */
export type ReadEvents = (url: string) => AsyncIterable<{ event?: string | undefined; data: string }>;

/** Reads /config once, as every Gradio client does. */
async function readEndpoint(url: string): Promise<RawEndpoint> {
  const config = (await (await fetch(`${url}/config`)).json()) as { api_prefix: string; dependencies: { id: number; api_name: string }[] };
  return { api: `${url}${config.api_prefix}`, fnIndex: config.dependencies.find((dependency) => dependency.api_name === 'generate')?.id ?? 0 };
}

/** The queue protocol: join with the prompt, then read the session's messages into deltas. */
async function* queue({ api, fnIndex }: RawEndpoint, prompt: string, events: ReadEvents): AsyncGenerator<string> {
  const session = randomBytes(8).toString('hex');
  const body = JSON.stringify({ data: [null, prompt], event_data: null, fn_index: fnIndex, trigger_id: null, session_hash: session });
  await fetch(`${api}/queue/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  let generating = false;
  for await (const message of events(`${api}/queue/data?session_hash=${session}`)) {
    const event = JSON.parse(message.data) as { msg: string; output?: { data: unknown[] } };
    if (event.msg === 'process_completed') return;
    if (event.msg !== 'process_generating') continue;
    const [value] = event.output?.data ?? [];
    // The first message carries the text so far; later ones carry append edits.
    yield generating ? (value as [string, unknown[], string][]).map((edit) => edit[2]).join('') : (value as string);
    generating = true;
  }
}

/** The REST call route: post the prompt, then read the event stream of its event id. */
async function* callRoute({ api }: RawEndpoint, prompt: string, events: ReadEvents): AsyncGenerator<string> {
  const post = await fetch(`${api}/call/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: [null, prompt] }) });
  const { event_id: eventId } = (await post.json()) as { event_id: string };
  let sent = 0;
  for await (const message of events(`${api}/call/generate/${eventId}`)) {
    if (message.event !== 'generating' && message.event !== 'complete') continue;
    // Each event re-sends the whole text; keep only the new part.
    const text = (JSON.parse(message.data) as [string])[0];
    yield text.slice(sent);
    sent = text.length;
    if (message.event === 'complete') return;
  }
}

/** A raw contender on `route`: reads /config once, then times the deltas of each answer. */
export function rawContender(route: 'queue' | 'call', events: ReadEvents): Contender {
  let endpoint: RawEndpoint | undefined;
  const answer = route === 'queue' ? queue : callRoute;
  return {
    async prepare(url) {
      endpoint = await readEndpoint(url);
    },
    ask(prompt) {
      if (endpoint === undefined) throw new Error('prepare first');
      return timeStream(answer(endpoint, prompt, events), false);
    },
  };
}
