import { ProtocolFault } from './call-faults.js';

/** The start of a value as JSON, to quote in an error. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  return (text ?? String(value)).slice(0, 120);
}

/** The JSON of an event's `data:` line, or a ProtocolFault naming the stream. */
export function parseEventData(data: string, stream: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch (error) {
    throw new ProtocolFault(`read the ${stream}`, 'JSON on every data: line', JSON.stringify(data.slice(0, 120)), { cause: error });
  }
}

/** The event id of a JSON answer `{"event_id": "..."}`, or a ProtocolFault naming the step. */
export function eventIdOf(answer: unknown, step: string): string {
  const eventId = (answer as { event_id?: unknown } | null)?.event_id;
  if (typeof eventId !== 'string' || eventId === '') throw new ProtocolFault(step, 'a JSON object with an event_id', preview(answer));
  return eventId;
}
