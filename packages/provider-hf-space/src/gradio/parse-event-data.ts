import { ResponseError } from '@g4f/core';

/** The start of a value as JSON, to quote in an error. */
export function preview(value: unknown): string {
  const text = JSON.stringify(value) as string | undefined;
  return (text ?? String(value)).slice(0, 120);
}

/** The JSON of an event's `data:` line, or a ResponseError naming the stream. */
export function parseEventData(data: string, stream: string, provider: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch (error) {
    throw new ResponseError(`malformed event on the ${stream}: ${JSON.stringify(data.slice(0, 120))} is not JSON.`, {
      provider,
      cause: error,
    });
  }
}

/** The event id of a JSON answer `{"event_id": "..."}`, or a ResponseError naming the step. */
export function eventIdOf(answer: unknown, step: string, provider: string): string {
  const eventId = (answer as { event_id?: unknown } | null)?.event_id;
  if (typeof eventId !== 'string' || eventId === '') {
    throw new ResponseError(`could not ${step}: the answer has no event_id (${preview(answer)}).`, { provider });
  }
  return eventId;
}
