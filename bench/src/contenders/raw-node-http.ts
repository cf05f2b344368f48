import { get, type IncomingMessage } from 'node:http';
import { createParser, type EventSourceMessage } from 'eventsource-parser';
import type { Contender } from './contender.js';
import { rawContender } from './raw-routes.js';

/** The events of a GET's event stream, read with node:http and eventsource-parser's push parser. */
async function* events(url: string): AsyncGenerator<EventSourceMessage> {
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    get(url, resolve).on('error', reject);
  });
  response.setEncoding('utf8');
  let ready: EventSourceMessage[] = [];
  const parser = createParser({
    onEvent: (message) => {
      ready.push(message);
    },
  });
  try {
    for await (const chunk of response) {
      parser.feed(chunk as string);
      const batch = ready;
      ready = [];
      yield* batch;
    }
  } finally {
    response.destroy();
  }
}

/**
 * The floor below fetch on one route: the event stream read with node:http, so it shows how
 * much of every fetch-based client's CPU goes to fetch's web streams (docs/benchmarks.md).
 */
export function rawNodeHttp(route: 'queue' | 'call'): Contender {
  return rawContender(route, events);
}
