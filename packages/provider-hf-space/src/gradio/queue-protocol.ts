import { randomBytes } from 'node:crypto';
import type { ProgressPart } from '@g4f/core';
import type { EventSourceMessage } from 'eventsource-parser';
import { applyDiff, type GradioEdit } from './apply-diff.js';
import { ProtocolFault } from './call-faults.js';
import type { QueueEndpoint } from './gradio-config.js';
import { eventIdOf, parseEventData, preview } from './parse-event-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { jobStartRetry, withRetry } from './retry-policy.js';
import { readServerSentEvents, type MessageReader } from './server-sent-events.js';
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
export async function queueProtocolEvents(request: ProtocolRequest, endpoint: QueueEndpoint): Promise<AsyncGenerator<Iterable<ProtocolEvent>>> {
  const { http, api, provider, signal, retry } = request;
  const sessionHash = request.sessionHash ?? randomBytes(8).toString('hex');
  const joinStep = { provider, step: `join the queue of /${request.apiName}` };
  const body = { data: request.data, event_data: null, fn_index: endpoint.fnIndex, trigger_id: endpoint.triggerId, session_hash: sessionHash };
  const joined = await sendRequest(http, `${api.url}/queue/join`, { method: 'post', json: body, signal, retry: jobStartRetry(retry) }, joinStep);
  const eventId = eventIdOf(await readJson(joined, joinStep), joinStep.step);
  const streamStep = { provider, step: 'open the queue stream' };
  const stream = await withRetry(() => request.openStream(`${api.url}/queue/data?session_hash=${sessionHash}`, streamStep), retry, signal);

  return readServerSentEvents(stream, request.onActivity, new QueueReader(eventId));
}

/**
 * Calls a handler on `{api}/run/predict` in the request's session, outside the queue, as a Space's
 * page calls one with `queue=False`: its outputs are the State it leaves for the queued endpoint.
 */
export async function predictInSession(request: ProtocolRequest, apiName: string, endpoint: QueueEndpoint, data: unknown[]): Promise<void> {
  const { http, api, provider, signal } = request;
  const step = { provider, step: `run /${apiName} first in the session` };
  const body = { data, event_data: null, fn_index: endpoint.fnIndex, trigger_id: endpoint.triggerId, session_hash: request.sessionHash };
  await readJson(await sendRequest(http, `${api.url}/run/predict`, { method: 'post', json: body, signal, retry: jobStartRetry(request.retry) }, step), step);
}

/** Reads the queue's messages for one event id, keeping the outputs that edits apply to. */
class QueueReader implements MessageReader<Iterable<ProtocolEvent>> {
  /** Whether the job's last message came (complete, failed, or the stream closed). */
  ended = false;
  private outputs: unknown[] | undefined;

  constructor(private readonly eventId: string) {}

  /**
   * The events of one chunk's messages, made one at a time as the caller reads them: an edit
   * changes the outputs the events before it handed over, so each is read before the next is made.
   */
  *read(messages: readonly EventSourceMessage[]): Generator<ProtocolEvent> {
    for (const message of messages) {
      const event = this.eventOf(message.data);
      if (event === 'end') return;
      if (event !== undefined) yield event;
      if (this.ended) return;
    }
  }

  /** The event a message gives; undefined for messages with nothing to pass on, 'end' when the stream closes. */
  private eventOf(data: string): ProtocolEvent | 'end' | undefined {
    const event = parseEventData(data, STREAM) as QueueMessage;
    if (typeof event.event_id === 'string' && event.event_id !== this.eventId) return undefined;
    switch (event.msg) {
      case 'estimation':
        return { kind: 'progress', part: progress('queued', { rank: event.rank, queueSize: event.queue_size, eta: event.rank_eta }) };
      case 'process_starts':
        return { kind: 'progress', part: progress('processing', { eta: event.eta }) };
      case 'process_generating':
        return event.success === false ? this.end({ kind: 'error', report: errorReport(event) }) : this.generating(outputData(event));
      case 'process_completed':
        return this.end(event.success === false ? { kind: 'error', report: errorReport(event) } : { kind: 'complete', outputs: outputData(event) });
      case 'unexpected_error':
        return this.end({ kind: 'error', report: { message: typeof event.message === 'string' ? event.message : null, withheldBy: 'space' } });
      case 'close_stream':
        this.ended = true;
        return 'end';
      default:
        // heartbeat, log, progress: nothing to pass on.
        return undefined;
    }
  }

  private generating(data: unknown[]): ProtocolEvent {
    if (this.outputs === undefined) {
      // The first message carries the outputs whole; later ones carry edits.
      this.outputs = data;
      return { kind: 'outputs', outputs: data };
    }
    const edits = asEdits(data);
    // In place: the events before this one were read before it was made.
    const { outputs } = this;
    for (let index = 0; index < outputs.length; index++) {
      const outputEdits = edits[index];
      if (outputEdits !== undefined && outputEdits.length > 0) outputs[index] = applyDiff(outputs[index], outputEdits);
    }
    return { kind: 'edits', outputs, edits };
  }

  private end(event: ProtocolEvent): ProtocolEvent {
    this.ended = true;
    return event;
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
