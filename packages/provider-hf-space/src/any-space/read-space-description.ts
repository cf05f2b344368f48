import { ResponseError, ResponseStatusError } from '@g4f/core';
import type { SpaceHttpSettings } from '../gradio/space-http.js';
import type { DescribedConfig, GradioInfo, SpaceDescription } from './space-description.js';

const DESCRIPTION_TTL_MS = 5 * 60_000;
const descriptions = new Map<string, { expires: number; description: Promise<SpaceDescription> }>();

/** Where and how to read a Space's description. */
export interface DescriptionRequest extends SpaceHttpSettings {
  /** The Space's root URL, without a trailing slash. */
  baseUrl: string;
  /** The provider's name, for errors. */
  provider: string;
  signal?: AbortSignal | undefined;
}

async function readDescription(request: DescriptionRequest): Promise<SpaceDescription> {
  // The transport loads with the first call, not with the package.
  const [{ createSpaceHttp }, { readJson, sendRequest }] = await Promise.all([import('../gradio/space-http.js'), import('../gradio/space-request.js')]);
  const http = createSpaceHttp(request);
  const { provider, baseUrl, signal } = request;
  const get = async (path: string, step: string): Promise<unknown> => {
    const context = { provider, step };
    return readJson(await sendRequest(http, `${baseUrl}${path}`, { method: 'get', signal: signal ?? null }, context), context);
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

/** The Space's `/config` and `/info`, read once and kept five minutes per address; a failed read is not kept. */
export function readSpaceDescription(request: DescriptionRequest): Promise<SpaceDescription> {
  const cached = descriptions.get(request.baseUrl);
  if (cached !== undefined && cached.expires > Date.now()) return cached.description;
  const description = readDescription(request);
  descriptions.set(request.baseUrl, { expires: Date.now() + DESCRIPTION_TTL_MS, description });
  description.catch(() => descriptions.delete(request.baseUrl));
  return description;
}
