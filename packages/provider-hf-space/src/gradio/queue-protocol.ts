import { randomBytes } from 'node:crypto';
import { ResponseError, type ProgressPart } from '@g4f/core';
import { applyDiff, type GradioEdit } from './apply-diff.js';
import { ProtocolFault } from './call-faults.js';
import type { QueueEndpoint } from './gradio-config.js';
import { eventIdOf, parseEventData, preview } from './parse-event-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { withRetry } from './retry-policy.js';
import { readServerSentEvents } from './server-sent-events.js';
import type { SpaceErrorReport } from './space-errors.js';
import { readJson, sendRequest } from './space-request.js';

const STREAM = 'queue stream';

/** One message of Gradio's queue stream (`/queue/data`), the fields the transport reads. */
interface QueueMessage {
  msg?: string;
  event_id?: string | null;
  rank?: number | null;
  queue_size?: number;
  rank_eta?: number | null;
  eta?: number | null;
  success?: boolean;
  message?: string;
  output?: { data?: unknown[]; error?: unknown; title?: unknown };
}

/**
 * Gradio's queue protocol (sse_v3), as its own clients speak it: `POST {api}/queue/join` with
 * the endpoint's fn_index and a session hash, then `GET {api}/queue/data?session_hash=...`.
 * After the first `process_generating`, outputs arrive as edits (`append` for growing text), so
 * the bytes received grow linearly with the answer.
 */
export async function* queueProtocolEvents(request: ProtocolRequest, endpoint: QueueEndpoint): AsyncGenerator<ProtocolEvent> {
  const { http, api, provider, signal, retry } = request;
  const sessionHash = randomBytes(8).toString('hex');
  const joinStep = { provider, step: `join the queue of /${request.apiName}` };
  const body = { data: request.data, event_data: null, fn_index: endpoint.fnIndex, trigger_id: endpoint.triggerId, session_hash: sessionHash };
  const eventId = await withRetry(
    async () => {
      const response = await sendRequest(http, `${api.url}/queue/join`, { method: 'post', json: body, signal }, joinStep);
      return eventIdOf(await readJson(response, joinStep), joinStep.step);
    },
    retry,
    signal,
  );
  const streamStep = { provider, step: 'open the queue stream' };
  const response = await withRetry(
    () => sendRequest(http, `${api.url}/queue/data?session_hash=${sessionHash}`, { method: 'get', headers: { accept: 'text/event-stream' }, signal }, streamStep),
    retry,
    signal,
  );
  if (response.body === null) throw new ResponseError(`could not ${streamStep.step}: the answer has no body.`, { provider });

  let outputs: unknown[] | undefined;
  for await (const message of readServerSentEvents(response.body, request.onActivity)) {
    const event = parseEventData(message.data, STREAM) as QueueMessage;
    if (typeof event.event_id === 'string' && event.event_id !== eventId) continue;
    switch (event.msg) {
      case 'estimation':
        yield { kind: 'progress', part: progress('queued', { rank: event.rank, queueSize: event.queue_size, eta: event.rank_eta }) };
        break;
      case 'process_starts':
        yield { kind: 'progress', part: progress('processing', { eta: event.eta }) };
        break;
      case 'process_generating': {
        if (event.success === false) {
          yield { kind: 'error', report: errorReport(event) };
          return;
        }
        const data = outputData(event);
        if (outputs === undefined) {
          // The first message carries the outputs whole; later ones carry edits.
          outputs = data;
          yield { kind: 'outputs', outputs };
        } else {
          const edits = asEdits(data);
          outputs = outputs.map((value, index) => applyDiff(value, edits[index] ?? []));
          yield { kind: 'edits', outputs, edits };
        }
        break;
      }
      case 'process_completed':
        if (event.success === false) yield { kind: 'error', report: errorReport(event) };
        else yield { kind: 'complete', outputs: outputData(event) };
        return;
      case 'unexpected_error':
        yield { kind: 'error', report: { message: typeof event.message === 'string' ? event.message : null, withheldBy: 'space' } };
        return;
      case 'close_stream':
        return;
      default:
        // heartbeat, log, progress: nothing to pass on.
        break;
    }
  }
}

function outputData(event: QueueMessage): unknown[] {
  const data = event.output?.data;
  if (!Array.isArray(data)) throw new ProtocolFault(`read the ${STREAM}`, `a ${event.msg ?? 'queue'} message with output data`, preview(event));
  return data;
}

// After the first message, each output's list of edits: [op, path, value] with op a word and path a list.
function asEdits(data: unknown[]): GradioEdit[][] {
  const wellFormed = data.every(
    (edits) => Array.isArray(edits) && edits.every((edit) => Array.isArray(edit) && typeof edit[0] === 'string' && Array.isArray(edit[1])),
  );
  if (!wellFormed) throw new ProtocolFault(`read the ${STREAM}`, 'a list of edits for each output ([op, path, value])', preview(data));
  return data as GradioEdit[][];
}

// A failed process message: `output.error` is the Space's message, null when it gave none.
function errorReport(event: QueueMessage): SpaceErrorReport {
  const { error = null, title } = event.output ?? {};
  if (error !== null && typeof error !== 'string') throw new ProtocolFault(`read the ${STREAM}`, 'a failed message whose output.error is a message or null', preview(event));
  return { message: error, withheldBy: 'space', ...(typeof title === 'string' ? { title } : {}) };
}

function progress(
  stage: 'queued' | 'processing',
  fields: { rank?: number | null | undefined; queueSize?: number | undefined; eta?: number | null | undefined },
): ProgressPart {
  return {
    type: 'progress',
    stage,
    ...(typeof fields.rank === 'number' ? { rank: fields.rank } : {}),
    ...(typeof fields.queueSize === 'number' ? { queueSize: fields.queueSize } : {}),
    ...(typeof fields.eta === 'number' ? { eta: fields.eta } : {}),
  };
}
