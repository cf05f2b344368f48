import type { SharedState } from '../shared-state/shared-state.js';
import type { Conversation } from '../types/conversation.js';
import type { MediaList } from '../types/media.js';

/** Settings of one provider for one call, checked by that provider: `{ width: 512 }`. */
export type ProviderSettings = Readonly<Record<string, unknown>>;

/** Options of one call, the same for every provider; a provider's own settings go in `providerOptions`. */
export interface CallOptions {
  /** Cancels the call at any step; the connection is closed and the Space's job cancelled. */
  signal?: AbortSignal | undefined;
  /** An API key or token (a Hugging Face token for Spaces). Never logged nor shown in errors. */
  apiKey?: string | undefined;
  /** An HTTP(S) proxy URL every request of the call goes through. Default: none. */
  proxy?: string | undefined;
  /**
   * Where the call's caches (a Space's `/config` and description) are kept: a server's store,
   * which its replicas share through Redis. Default: the process's (`useSharedState`).
   */
  sharedState?: SharedState | undefined;
  /** Milliseconds the whole call may take. Default: the provider's (5 minutes for Spaces). */
  timeout?: number | undefined;
  /** Milliseconds without any event (heartbeats count) before giving up. Default: the provider's (1 minute for Spaces). */
  idleTimeout?: number | undefined;
  /** Images that go with the request, in order. Default: none (images in messages are added). */
  media?: MediaList | undefined;
  /** Sampling temperature, where the model takes one. Default: the provider's. */
  temperature?: number | undefined;
  /**
   * The most tokens of answer and thinking, estimated (`estimateTokens`: four characters a
   * token); the answer then ends with a `finish` of reason `length`. Default: no limit.
   */
  maxTokens?: number | undefined;
  /** Sequences that end the answer, left out of it (`finish` reason `stop`). Default: none. */
  stop?: readonly string[] | undefined;
  /** A fixed seed for reproducible answers and images. Default: a random one. */
  seed?: number | undefined;
  /**
   * The conversation an earlier answer's `finish` part gave: a provider that made it sends only the
   * new message and the Space continues what it remembers; other providers ignore it. Default:
   * none (a new conversation, the whole history sent).
   */
  conversation?: Conversation | undefined;
  /**
   * Settings of particular providers, by provider name:
   * `{ StabilityAI_SD35Large: { width: 512 } }`. Each provider checks its own entry and ignores the rest.
   */
  providerOptions?: Readonly<Record<string, ProviderSettings>> | undefined;
}

/** Chooses what a stream yields: text deltas only (default), or every typed part too. */
export interface StreamModeOption {
  /** `true`: yield typed parts (reasoning, progress, images, ...) beside text. Default: false. */
  parts?: boolean | undefined;
}
