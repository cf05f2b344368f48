import { isContentPart, ResponseStatusError, type StreamPart } from '@g4f/core';
import type { HubSettings } from './hub-settings.js';
import type { HubRequest } from './read-space-runtime.js';
import { waitUntilRunning } from './wait-until-running.js';

/** A HubRequest whose Hub may be absent (a Space not followed on the Hub). */
export type WakeContext = Omit<HubRequest, 'hub'> & { hub: HubSettings | undefined };

/**
 * Streams `attempt`; when the Space answers 503 before any content (asleep, building, starting),
 * waits on the Hub until it runs and streams a new attempt. The Hub is asked only after a 503,
 * not before each call as @gradio/client does once per connection: our calls are independent,
 * most Spaces are awake, and a round trip to the Hub each call would cost every call.
 */
export async function* wakeOnUnavailable(attempt: () => AsyncGenerator<StreamPart>, context: WakeContext): AsyncGenerator<StreamPart> {
  const { hub } = context;
  for (;;) {
    let started = false;
    try {
      for await (const part of attempt()) {
        started ||= isContentPart(part);
        yield part;
      }
      return;
    } catch (error) {
      if (hub === undefined || started || !ResponseStatusError.isInstance(error) || error.status !== 503) throw error;
      yield* waitUntilRunning({ ...context, hub }, error);
    }
  }
}
