import { ResponseError } from '@g4f/core';
import { ProtocolFault } from './call-faults.js';
import { eventIdOf, parseEventData, preview } from './parse-event-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { readServerSentEvents } from './server-sent-events.js';
import { withRetry } from './retry-policy.js';
import type { SpaceErrorReport } from './space-errors.js';
import { readJson, sendRequest } from './space-request.js';

const STREAM = 'call event stream';

/**
 * Gradio's REST call route: `POST {api}/call/{name}` gives an event id, and
 * `GET {api}/call/{name}/{id}` streams `generating` events with the whole outputs so far,
 * then `complete` or `error`.
 */
export async function* callProtocolEvents(request: ProtocolRequest): AsyncGenerator<ProtocolEvent> {
  const { http, api, apiName, provider, signal, retry } = request;
  const callStep = { provider, step: `start the call to /${apiName}` };
  // The first request of a call: where /config is missing, it finds the API's prefix.
  const eventId = await api.first((apiUrl) =>
    withRetry(
      async () => {
        const response = await sendRequest(http, `${apiUrl}/call/${apiName}`, { method: 'post', json: { data: request.data }, signal }, callStep);
        return eventIdOf(await readJson(response, callStep), callStep.step);
      },
      retry,
      signal,
    ),
  );
  const streamStep = { provider, step: `open the event stream of /${apiName}` };
  const response = await withRetry(
    () => sendRequest(http, `${api.url}/call/${apiName}/${eventId}`, { method: 'get', headers: { accept: 'text/event-stream' }, signal }, streamStep),
    retry,
    signal,
  );
  if (response.body === null) throw new ResponseError(`could not ${streamStep.step}: the answer has no body.`, { provider });
  for await (const message of readServerSentEvents(response.body, request.onActivity)) {
    if (message.event === 'heartbeat') continue;
    const data = parseEventData(message.data, STREAM);
    switch (message.event) {
      case 'generating':
        yield { kind: 'outputs', outputs: asOutputs(data) };
        break;
      case 'complete':
        yield { kind: 'complete', outputs: asOutputs(data) };
        return;
      case 'error':
        yield { kind: 'error', report: errorReport(data) };
        return;
      default:
        // Unknown events are Gradio additions a client may ignore.
        break;
    }
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
