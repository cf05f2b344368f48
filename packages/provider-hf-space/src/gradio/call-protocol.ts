import { ResponseError } from '@g4f/core';
import { eventIdOf, parseEventData, preview } from './parse-event-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { readServerSentEvents } from './server-sent-events.js';
import { withRetry } from './retry-policy.js';
import { readJson, sendRequest } from './space-request.js';

/**
 * Gradio's REST call route: `POST {api}/call/{name}` gives an event id, and
 * `GET {api}/call/{name}/{id}` streams `generating` events with the whole outputs so far,
 * then `complete` or `error` (whose data Gradio 5 leaves null for app errors).
 */
export async function* callProtocolEvents(request: ProtocolRequest): AsyncGenerator<ProtocolEvent> {
  const { http, apiUrl, apiName, provider, signal, retry } = request;
  const callStep = { provider, step: `start the call to /${apiName}` };
  const eventId = await withRetry(
    async () => {
      const response = await sendRequest(http, `${apiUrl}/call/${apiName}`, { method: 'post', json: { data: request.data }, signal }, callStep);
      return eventIdOf(await readJson(response, callStep), callStep.step, provider);
    },
    retry,
    signal,
  );
  const streamStep = { provider, step: `open the event stream of /${apiName}` };
  const response = await withRetry(
    () => sendRequest(http, `${apiUrl}/call/${apiName}/${eventId}`, { method: 'get', headers: { accept: 'text/event-stream' }, signal }, streamStep),
    retry,
    signal,
  );
  if (response.body === null) throw new ResponseError(`could not ${streamStep.step}: the answer has no body.`, { provider });
  for await (const message of readServerSentEvents(response.body, request.onActivity)) {
    if (message.event === 'heartbeat') continue;
    const data = parseEventData(message.data, 'call event stream', provider);
    switch (message.event) {
      case 'generating':
        yield { kind: 'outputs', outputs: asOutputs(data, provider) };
        break;
      case 'complete':
        yield { kind: 'complete', outputs: asOutputs(data, provider) };
        return;
      case 'error':
        yield { kind: 'error', message: typeof data === 'string' ? data : null };
        return;
      default:
        // Unknown events are Gradio additions a client may ignore.
        break;
    }
  }
}

function asOutputs(data: unknown, provider: string): unknown[] {
  if (!Array.isArray(data)) {
    throw new ResponseError(`malformed event on the call event stream: expected a list of outputs, got ${preview(data)}.`, { provider });
  }
  return data;
}
