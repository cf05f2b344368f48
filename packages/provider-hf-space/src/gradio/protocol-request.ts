import type { KyInstance } from 'ky';
import type { EventStream } from './event-stream.js';
import type { StepContext } from './space-request.js';
import type { RetrySettings } from './retry-policy.js';
import type { SpaceApi } from './space-api.js';

/** Everything a protocol needs to run one prediction. */
export interface ProtocolRequest {
  http: KyInstance;
  /** Where the Space's API routes are. */
  api: SpaceApi;
  /** The endpoint's name, without a leading slash: "generate". */
  apiName: string;
  /** The endpoint's input values. */
  data: unknown[];
  /** The session to join the queue in, where the Space keeps a conversation per session. Default: a new one. */
  sessionHash?: string | undefined;
  provider: string;
  retry: RetrySettings;
  signal: AbortSignal;
  /** Opens the call's event stream at `url` (on Node's HTTP client, see `openEventStream`). */
  openStream: (url: string, step: StepContext) => Promise<EventStream>;
  /** Runs for every chunk the event stream delivers. */
  onActivity: () => void;
}
