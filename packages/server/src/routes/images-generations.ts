import { getRegistry, InvalidRequestError, UnreadableAnswerError, type CallOptions, type ImagePart, type Provider } from '@g4f/core';
import type { Hono } from 'hono';
import { errorResponse } from '../error-response.js';
import { parseImageRequest, type ImageRequest } from '../parse-image-request.js';
import type { ServerEnv } from '../server-env.js';
import type { Upstream } from '../upstream.js';

interface FileFetcher {
  fetchFile(url: string, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'>): Promise<Uint8Array>;
}

const canFetchFiles = (provider: Provider | undefined): provider is Provider & FileFetcher => typeof (provider as Partial<FileFetcher> | undefined)?.fetchFile === 'function';

// The size goes to each Space of the route as its own width and height (a Space without them says so).
function sizeOptions(provider: Provider, request: ImageRequest): CallOptions['providerOptions'] {
  const { size } = request;
  if (size === undefined) return request.providerOptions;
  const members = provider.providers ?? [provider];
  const options: Record<string, Record<string, unknown>> = { ...request.providerOptions };
  for (const member of members) options[member.name] = { ...size, ...options[member.name] };
  return options;
}

/** `POST /v1/images/generations`: an image Space draws the prompt; each image as its URL on the Space or as base64. */
export function registerImageRoutes(app: Hono<ServerEnv>, upstream: Upstream, proxy: string | undefined): void {
  app.post('/v1/images/generations', async (c) => {
    try {
      const request = parseImageRequest(await c.req.json().catch(() => undefined));
      const route = upstream.route(c, request.model, { task: 'image', provider: request.provider });
      if (!route.provider.imageModels.includes(route.provider.getModel(route.model))) {
        throw new InvalidRequestError(`${c.get('note').model ?? request.model} does not draw images: name an image model (see GET /v1/models, "gives": ["image"]).`);
      }
      const providerOptions = sizeOptions(route.provider, request);
      getRegistry().checkProviderOptions(providerOptions, [route.provider]);
      // The client leaving aborts the request's signal, which cancels the Space's job.
      const signal = c.req.raw.signal;
      const call = { signal, apiKey: route.apiKey, proxy, seed: request.seed, providerOptions, parts: true as const };
      const images: ImagePart[] = [];
      let answeredBy = route.provider;
      for await (const part of route.provider.createAsyncGenerator(route.model, [{ role: 'user', content: request.prompt }], call)) {
        if (typeof part !== 'object') continue;
        if (part.type === 'provider-info') answeredBy = route.provider.providers?.find((member) => member.name === part.provider) ?? route.provider;
        if (part.type === 'image' && part.preview !== true) images.push(part);
      }
      if (images.length === 0) throw new UnreadableAnswerError(`${answeredBy.name} answered without an image.`, '(no image)', { provider: answeredBy.name });
      const [image] = images;
      const created = Math.floor(Date.now() / 1000);
      if (request.responseFormat === 'url') return c.json({ created, data: [{ url: image?.url, revised_prompt: request.prompt }] });
      if (!canFetchFiles(answeredBy)) throw new InvalidRequestError(`${answeredBy.name} cannot hand over its images' bytes: ask for response_format "url".`);
      const bytes = await answeredBy.fetchFile(image?.url ?? '', { apiKey: route.apiKey, proxy, signal });
      return c.json({ created, data: [{ b64_json: Buffer.from(bytes).toString('base64'), revised_prompt: request.prompt }] });
    } catch (error) {
      return errorResponse(c, error);
    }
  });
}
