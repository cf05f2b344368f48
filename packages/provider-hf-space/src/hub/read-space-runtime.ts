import { ResponseError } from '@g4f/core';
import type { KyInstance } from 'ky';
import { readJson, sendRequest } from '../gradio/space-request.js';
import type { HubSettings } from './hub-settings.js';

/** A Space's runtime as the Hub reports it. */
export interface SpaceRuntime {
  /** "RUNNING", "SLEEPING", "APP_STARTING", "RUNTIME_ERROR", ... */
  stage: string;
  /** The Space's own error text, which the Hub gives in error stages. */
  errorMessage: string | undefined;
}

/** What reading the stage needs: the call's HTTP client (token, proxy, retries) and signal. */
export interface HubRequest {
  hub: HubSettings;
  http: KyInstance;
  provider: string;
  signal: AbortSignal;
}

interface HubSpaceInfo {
  runtime?: { stage?: unknown; errorMessage?: unknown } | null;
}

/** Reads a Space's runtime from the Hub (`GET {hub}/api/spaces/{owner}/{name}`, its `runtime`), as @gradio/client does. */
export async function readSpaceRuntime(request: HubRequest): Promise<SpaceRuntime> {
  const { hub, http, provider, signal } = request;
  const step = { provider, step: `read the stage of the Space ${hub.space} from the Hub` };
  const url = `${hub.url}/api/spaces/${hub.space.split('/').map(encodeURIComponent).join('/')}`;
  const info = (await readJson(await sendRequest(http, url, { method: 'get', signal }, step), step)) as HubSpaceInfo | null;
  const runtime = info?.runtime;
  if (typeof runtime?.stage !== 'string') {
    throw new ResponseError(`could not ${step.step}: its answer has no runtime stage.`, { provider });
  }
  const { errorMessage } = runtime;
  return { stage: runtime.stage, errorMessage: typeof errorMessage === 'string' && errorMessage.trim() !== '' ? errorMessage : undefined };
}
