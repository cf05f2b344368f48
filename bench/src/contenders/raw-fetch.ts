import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { Contender } from './contender.js';
import { rawContender } from './raw-routes.js';

/** The events of a GET's event stream, read with fetch and eventsource-parser's web stream. */
async function* events(url: string): AsyncGenerator<{ event?: string | undefined; data: string }> {
  const response = await fetch(url);
  if (response.body === null) throw new Error('no body');
  yield* response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream());
}

/** The fetch floor on one route: nothing but fetch and eventsource-parser, no error handling. */
export function rawFetch(route: 'queue' | 'call'): Contender {
  return rawContender(route, events);
}
