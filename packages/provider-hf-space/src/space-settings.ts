import type { RetrySettings } from './gradio/retry-policy.js';
import type { GradioProtocol } from './gradio/space-route.js';
import type { SpaceHttpSettings } from './gradio/space-http.js';

/** Settings of a Space provider instance (`withSettings`); each has a default, and calls may override some. */
export interface SpaceSettings extends SpaceHttpSettings {
  /** Where the Space is, for a duplicated private Space or a local one. Default: the Space's URL. */
  baseUrl?: string | undefined;
  /** The protocol to speak. Default: the Space's preference, else "auto". A call may override it with `providerOptions[name].protocol`. */
  protocol?: GradioProtocol | undefined;
  /** Retries before the first byte of the answer. Default: 2 retries, 0.5 s then 1 s. */
  retry?: RetrySettings | undefined;
  /** Milliseconds the whole call may take. Default: 300000 (5 minutes). */
  timeout?: number | undefined;
  /** Milliseconds without any event (heartbeats count). Default: 60000. */
  idleTimeout?: number | undefined;
}
