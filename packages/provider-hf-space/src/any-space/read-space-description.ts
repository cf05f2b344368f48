import { ResponseError, ResponseStatusError, type SharedState } from '@g4f/core';
import type { SpaceHttpSettings } from '../gradio/space-http.js';
import type { DescribedConfig, GradioInfo, SpaceDescription } from './space-description.js';

const DESCRIPTION_TTL_MS = 5 * 60_000;
// Reads under way, shared by every call that waits for one; done reads live in the shared state.
const reading = new Map<string, Promise<SpaceDescription>>();

/** Where and how to read a Space's description. */
export interface DescriptionRequest extends SpaceHttpSettings {
  /** The Space's root URL, without a trailing slash. */
  baseUrl: string;
  /** The provider's name, for errors. */
  provider: string;
  /** Where the description is cached (a server's store, or the process's). */
  cache: SharedState;
}

async function readDescription(request: DescriptionRequest): Promise<SpaceDescription> {
  // The transport loads with the first call, not with the package.
  const [{ createSpaceHttp }, { readJson, sendRequest }] = await Promise.all([import('../gradio/space-http.js'), import('../gradio/space-request.js')]);
  const http = createSpaceHttp(request);
  const { provider, baseUrl } = request;
  const get = async (path: string, step: string): Promise<unknown> => {
    const context = { provider, step };
    return readJson(await sendRequest(http, `${baseUrl}${path}`, { method: 'get' }, context), context);
  };
  let config: DescribedConfig | null;
  try {
    config = (await get('/config', "read the Space's /config")) as DescribedConfig | null;
  } catch (error) {
    if (!ResponseStatusError.isInstance(error) || error.status !== 404) throw error;
    throw new ResponseError(`${baseUrl} has no /config, so it is no Gradio app this library can describe; check the address (a Space's own host, or --base-url).`, { provider, cause: error });
  }
  if (config === null || !Array.isArray(config.dependencies)) {
    throw new ResponseError(`${baseUrl}/config is not a Gradio config (it lists no dependencies); check the address.`, { provider });
  }
  // Gradio 5 and later put /info under the prefix /config gives; Gradio 4 at the root.
  const prefix = (config.api_prefix ?? '').replace(/\/+$/, '');
  const info = (await get(`${prefix}/info`, "read the Space's /info")) as GradioInfo;
  return { config, info };
}

// The read is shared by every call that waits for it, so one caller's abort ends only its own wait.
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  signal.throwIfAborted();
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason as Error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

async function cachedOrRead(request: DescriptionRequest): Promise<SpaceDescription> {
  const key = `space-description:${request.baseUrl}`;
  const cached = await request.cache.readCached(key);
  if (cached !== undefined) return JSON.parse(cached) as SpaceDescription;
  const description = await readDescription(request);
  await request.cache.writeCached(key, JSON.stringify(description), DESCRIPTION_TTL_MS);
  return description;
}

/**
 * The Space's `/config` and `/info`, read once and kept five minutes per address in the process's
 * shared state (a server's Redis, so replicas read a Space once); each request within the
 * transport's request timeout; a failed read is not kept. `signal` ends the wait.
 */
export function readSpaceDescription(request: DescriptionRequest, signal?: AbortSignal): Promise<SpaceDescription> {
  let description = reading.get(request.baseUrl);
  if (description === undefined) {
    description = cachedOrRead(request).finally(() => reading.delete(request.baseUrl));
    reading.set(request.baseUrl, description);
  }
  return untilAborted(description, signal);
}
