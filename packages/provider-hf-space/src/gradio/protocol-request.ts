import type { KyInstance } from 'ky';
import type { RetrySettings } from './retry-policy.js';

/** Everything a protocol needs to run one prediction. */
export interface ProtocolRequest {
  http: KyInstance;
  /** The Space's root URL and API prefix joined: "https://x.hf.space/gradio_api". */
  apiUrl: string;
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
