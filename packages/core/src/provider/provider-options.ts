import type { MediaList } from '../types/media.js';

/** Options of one call to a provider. Providers may accept more (their "extras"). */
export interface ProviderOptions {
  /** Images that go with the request, in order. Default: none (images in messages are added). */
  media?: MediaList | undefined;
  /** An API key or token (a Hugging Face token for Spaces). Never logged nor shown in errors. */
  apiKey?: string | undefined;
  /** An HTTP(S) proxy URL every request of the call goes through. Default: none. */
  proxy?: string | undefined;
  /** Cancels the call at any step; the connection is closed. */
  signal?: AbortSignal | undefined;
  /** Milliseconds the whole call may take. Default: the provider's (5 minutes for Spaces). */
  timeout?: number | undefined;
  /** Milliseconds without any event (heartbeats count) before giving up. Default: the provider's. */
  idleTimeout?: number | undefined;
}

/** Chooses what a stream yields: text deltas only (default), or every typed part too. */
export interface StreamModeOption {
  /** `true`: yield typed parts (reasoning, progress, images, ...) beside text. Default: false. */
  parts?: boolean | undefined;
}
