import { ResponseStatusError } from '@g4f/core';
import type { HubSettings } from './hub-settings.js';

/**
 * Whether a call that failed with `error` should wait for its Space to wake: a 503 before any
 * content reached the caller, from a Space followed on the Hub. The Hub is asked only after a
 * 503, not before each call as @gradio/client does once per connection: our calls are
 * independent, most Spaces are awake, and a round trip to the Hub each call would cost every call.
 */
export function wakesOn(error: unknown, started: boolean, hub: HubSettings | undefined): hub is HubSettings {
  return hub !== undefined && !started && ResponseStatusError.isInstance(error) && error.status === 503;
}
