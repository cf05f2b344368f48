import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { Contender } from './contender.js';
import { joinQueue, QueueDeltas, rawContender, type RawEndpoint } from './raw-queue.js';

async function* events(response: Response): AsyncGenerator<{ event?: string | undefined; data: string }> {
  if (response.body === null) throw new Error('no body');
  yield* response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
}

/** The REST call route with nothing but fetch and eventsource-parser: the floor. */
async function* callRoute({ api }: RawEndpoint, prompt: string): AsyncGenerator<string> {
  const post = await fetch(`${api}/call/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ data: [null, prompt] }) });
  const { event_id: eventId } = (await post.json()) as { event_id: string };
  let sent = 0;
  for await (const message of events(await fetch(`${api}/call/generate/${eventId}`))) {
    if (message.event !== 'generating' && message.event !== 'complete') continue;
    const text = (JSON.parse(message.data) as [string])[0];
    yield text.slice(sent);
    sent = text.length;
    if (message.event === 'complete') return;
  }
}

/** The queue protocol with nothing but fetch and eventsource-parser: the floor. */
async function* queue(endpoint: RawEndpoint, prompt: string): AsyncGenerator<string> {
  const session = await joinQueue(endpoint, prompt);
  const deltas = new QueueDeltas();
  for await (const message of events(await fetch(`${endpoint.api}/queue/data?session_hash=${session}`))) {
    const { delta, last } = deltas.read(message.data);
    yield delta;
    if (last) return;
  }
}

/** The raw floor on one route. */
export function rawFetch(route: 'queue' | 'call'): Contender {
  return rawContender(route === 'queue' ? queue : callRoute);
}
