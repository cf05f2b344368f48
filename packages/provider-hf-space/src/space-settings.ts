import type { CallOptions } from '@g4f/core';
import type { GradioProtocol } from './gradio/space-route.js';
import type { SpaceHttpSettings } from './gradio/space-http.js';

/**
 * Settings of a Space provider instance (`withSettings`); each has a default. A call's own
 * apiKey, proxy and timeouts win over these (5 minutes in all, 1 minute of silence by default).
 */
export interface SpaceSettings extends SpaceHttpSettings, Pick<CallOptions, 'timeout' | 'idleTimeout'> {
  /** Where the Space is, for a duplicated private Space or a local one. Default: the Space's URL. */
  baseUrl?: string | undefined;
  /** The protocol to speak. Default: the Space's preference, else "auto". A call may override it with `providerOptions[name].protocol`. */
  protocol?: GradioProtocol | undefined;
  /**
   * The Hugging Face Hub, asked for the Space's stage when it answers 503 (asleep, building,
   * starting): the call waits until it runs, within its timeout. Default: "https://huggingface.co"
   * at the Space's own URL; none when `baseUrl` points elsewhere (a local Space), unless set.
   */
  hubUrl?: string | undefined;
  /** Milliseconds between two reads of a waking Space's stage. Default: 2000. */
  hubPollInterval?: number | undefined;
}
