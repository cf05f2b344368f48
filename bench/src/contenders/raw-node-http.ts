import { get, type IncomingMessage } from 'node:http';
import { createParser } from 'eventsource-parser';
import type { Contender } from './contender.js';
import { joinQueue, QueueDeltas, rawContender, type RawEndpoint } from './raw-queue.js';

/**
 * The queue protocol read with node:http instead of fetch: below the fetch floor, it shows
 * how much of every fetch-based client's CPU goes to fetch's web streams (docs/benchmarks.md).
 */
async function* queue(endpoint: RawEndpoint, prompt: string): AsyncGenerator<string> {
  const session = await joinQueue(endpoint, prompt);
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    get(`${endpoint.api}/queue/data?session_hash=${session}`, resolve).on('error', reject);
  });
  response.setEncoding('utf8');
  const queueDeltas = new QueueDeltas();
  let events: string[] = [];
  const parser = createParser({
    onEvent: (message) => {
      events.push(message.data);
    },
  });
  try {
    for await (const chunk of response) {
      parser.feed(chunk as string);
      const ready = events;
      events = [];
      for (const data of ready) {
        const { delta, last } = queueDeltas.read(data);
        yield delta;
        if (last) return;
      }
    }
  } finally {
    response.destroy();
  }
}

/** The queue protocol on node:http and eventsource-parser's push parser. */
export function rawNodeHttp(): Contender {
  return rawContender(queue);
}
