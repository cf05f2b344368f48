import type { EventSourceMessage } from 'eventsource-parser';
import { ProtocolFault } from './call-faults.js';
import { eventIdOf, parseEventData, preview } from './parse-event-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { readServerSentEvents, type MessageReader } from './server-sent-events.js';
import { jobStartRetry, withRetry } from './retry-policy.js';
import type { SpaceErrorReport } from './space-errors.js';
import { readJson, sendRequest } from './space-request.js';

const STREAM = 'call event stream';

/**
 * Gradio's REST call route: `POST {api}/call/{name}` gives an event id, and
 * `GET {api}/call/{name}/{id}` streams `generating` events with the whole outputs so far,
 * then `complete` or `error`.
 */
export async function callProtocolEvents(request: ProtocolRequest): Promise<AsyncGenerator<Iterable<ProtocolEvent>>> {
  const { http, api, apiName, provider, signal, retry } = request;
  const callStep = { provider, step: `start the call to /${apiName}` };
  // The first request of a call: where /config is missing, it finds the API's prefix.
  const eventId = await api.first(async (apiUrl) => {
    const response = await sendRequest(http, `${apiUrl}/call/${apiName}`, { method: 'post', json: { data: request.data }, signal, retry: jobStartRetry(retry) }, callStep);
    return eventIdOf(await readJson(response, callStep), callStep.step);
  });
  const streamStep = { provider, step: `open the event stream of /${apiName}` };
  const stream = await withRetry(() => request.openStream(`${api.url}/call/${apiName}/${eventId}`, streamStep), retry, signal);
  return readServerSentEvents(stream, request.onActivity, new CallReader());
}

/** Reads the call route's messages; ended at complete or error. */
class CallReader implements MessageReader<Iterable<ProtocolEvent>> {
  ended = false;

  // The events of one chunk's messages, made one at a time as the caller reads them, so that a
  // malformed message comes after the deltas before it.
  *read(messages: readonly EventSourceMessage[]): Generator<ProtocolEvent> {
    for (const message of messages) {
      const event = callEvent(message.event, message.data);
      if (event === undefined) continue;
      this.ended = event.kind !== 'outputs';
      yield event;
      if (this.ended) return;
    }
  }
}

// One event of the call route; undefined for heartbeats and events a client may ignore.
function callEvent(name: string | undefined, raw: string): ProtocolEvent | undefined {
  switch (name) {
    case 'generating':
      return { kind: 'outputs', outputs: asOutputs(parseEventData(raw, STREAM)) };
    case 'complete':
      return { kind: 'complete', outputs: asOutputs(parseEventData(raw, STREAM)) };
    case 'error':
      return { kind: 'error', report: errorReport(parseEventData(raw, STREAM)) };
    default:
      // Heartbeats, and unknown events: Gradio additions a client may ignore.
      return undefined;
  }
}

function asOutputs(data: unknown): unknown[] {
  if (!Array.isArray(data)) throw new ProtocolFault(`read the ${STREAM}`, 'a list of outputs', preview(data));
  return data;
}

/**
 * An `error` event's data: null for an app's error before Gradio 6.13; since then the error
 * object `{"error": message, "title": ...}` of the queue protocol; a string for a server error.
 */
function errorReport(data: unknown): SpaceErrorReport {
  if (data === null) return { message: null, withheldBy: 'route' };
  if (typeof data === 'string') return { message: data, withheldBy: 'space' };
  const { error, title } = (typeof data === 'object' && !Array.isArray(data) ? data : {}) as { error?: unknown; title?: unknown };
  if (error !== null && typeof error !== 'string') {
    throw new ProtocolFault(`read the ${STREAM}`, 'an error event with null, a message, or {"error": message}', preview(data));
  }
  return { message: error, withheldBy: 'space', ...(typeof title === 'string' ? { title } : {}) };
}
