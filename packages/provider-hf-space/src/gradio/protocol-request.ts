import type { KyInstance } from 'ky';
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
  provider: string;
  retry: RetrySettings;
  signal: AbortSignal;
  /** Runs for every chunk the event stream delivers. */
  onActivity: () => void;
}
