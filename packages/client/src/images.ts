import { getRegistry, InvalidRequestError, UnreadableAnswerError, type CallOptions, type ImagePart, type Provider } from '@g4f/core';
import type { ClientOptions } from './client-options.js';
import { routeRequest } from './route-request.js';

/** The request of `images.generate`, as in OpenAI's API plus g4f's options. */
export interface ImageGenerateParams {
  /** What to draw. */
  prompt: string;
  /** An image model, alias or provider name; '' or none for the registry's default image model. */
  model?: string | undefined;
  /** How many images: 1 (a Space draws one a call). Default: 1. */
  n?: number | null | undefined;
  /** "WIDTHxHEIGHT" in pixels, or "auto". Default: the Space's. */
  size?: string | null | undefined;
  /** `url`: the image's address on the Space; `b64_json`: its bytes in base64. Default: "url". */
  response_format?: 'url' | 'b64_json' | null | undefined;
  /** A fixed seed for a reproducible image. Default: a random one. */
  seed?: number | undefined;
  /** A provider (or its name) to use instead of finding one by model. Default: the client's. */
  provider?: Provider | string | undefined;
  /** Settings of particular providers, by name (a g4f addition). */
  provider_options?: CallOptions['providerOptions'];
  /** Cancels the request; the Space's job is cancelled. */
  signal?: AbortSignal | undefined;
}

/** One image of an answer: its URL or its bytes, and the prompt drawn. */
export interface Image {
  /** The image's address on the Space (`response_format: "url"`). */
  url?: string;
  /** The image's bytes, base64 (`response_format: "b64_json"`). */
  b64_json?: string;
  /** The prompt the Space drew. */
  revised_prompt: string;
}

/** The answer of `images.generate`, shaped like OpenAI's `ImagesResponse`. */
export interface ImagesResponse {
  /** When it was drawn, in seconds since 1970. */
  created: number;
  /** The image, one. */
  data: Image[];
  /** The model that drew (a g4f addition). */
  model: string;
  /** The provider that drew (a g4f addition). */
  provider: string;
}

interface FileFetcher {
  fetchFile(url: string, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'>): Promise<Uint8Array>;
}

const canFetchFiles = (provider: Provider): provider is Provider & FileFetcher => typeof (provider as Partial<FileFetcher>).fetchFile === 'function';

function parseSize(size: string | null | undefined): { width: number; height: number } | undefined {
  if (size === undefined || size === null || size === 'auto') return undefined;
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (match === null) throw new InvalidRequestError(`size must be "auto" or WIDTHxHEIGHT in pixels ("1024x1024"), not "${size}".`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

// The size goes to each Space of the route as its width and height (a Space without them says so).
function withSize(provider: Provider, params: ImageGenerateParams): CallOptions['providerOptions'] {
  const size = parseSize(params.size);
  if (size === undefined) return params.provider_options;
  const options: Record<string, Record<string, unknown>> = { ...params.provider_options };
  for (const member of provider.providers ?? [provider]) options[member.name] = { ...size, ...options[member.name] };
  return options;
}

/** `client.images`: OpenAI's images.generate, drawn by an image Space. */
export class Images {
  constructor(private readonly options: ClientOptions) {}

  /** Draws the prompt: one image, as its URL on the Space or its bytes in base64. */
  async generate(params: ImageGenerateParams): Promise<ImagesResponse> {
    const n = params.n ?? 1;
    if (n !== 1) throw new InvalidRequestError(`n must be 1, not ${n}: a Space draws one image a call; send one request per image.`);
    if (typeof params.prompt !== 'string' || params.prompt.trim() === '') throw new InvalidRequestError('prompt is required: say what to draw.');
    const format: string = params.response_format ?? 'url';
    if (format !== 'url' && format !== 'b64_json') throw new InvalidRequestError(`response_format must be "url" or "b64_json", not ${JSON.stringify(format)}.`);
    const { provider, model } = routeRequest(this.options, params.model ?? '', params.provider, { task: 'image' });
    const drawn = provider.getModel(model);
    if (!provider.imageModels.includes(drawn)) throw new InvalidRequestError(`${drawn} does not draw images: name an image model (see models.list(), "gives": ["image"]).`);
    const providerOptions = withSize(provider, params);
    getRegistry().checkProviderOptions(providerOptions, [provider]);
    const { apiKey, proxy, timeout, idleTimeout } = this.options;
    const call = { signal: params.signal, apiKey, proxy, timeout, idleTimeout, seed: params.seed, providerOptions, parts: true as const };
    let image: ImagePart | undefined;
    let answeredBy = provider;
    let answeredModel = drawn;
    for await (const part of provider.createAsyncGenerator(model, [{ role: 'user', content: params.prompt }], call)) {
      if (typeof part !== 'object') continue;
      if (part.type === 'provider-info') {
        answeredBy = provider.providers?.find((member) => member.name === part.provider) ?? provider;
        answeredModel = part.model;
      }
      // Previews are superseded by the final image; the first final one is the answer.
      if (part.type === 'image' && part.preview !== true) image ??= part;
    }
    if (image === undefined) throw new UnreadableAnswerError(`${answeredBy.name} answered without an image.`, '(no image)', { provider: answeredBy.name });
    const created = Math.floor(Date.now() / 1000);
    const answer = { created, model: answeredModel, provider: answeredBy.name };
    if (format === 'url') return { ...answer, data: [{ url: image.url, revised_prompt: params.prompt }] };
    if (!canFetchFiles(answeredBy)) throw new InvalidRequestError(`${answeredBy.name} cannot hand over its images' bytes: ask for response_format "url".`);
    const bytes = await answeredBy.fetchFile(image.url, { apiKey, proxy, signal: params.signal });
    return { ...answer, data: [{ b64_json: Buffer.from(bytes).toString('base64'), revised_prompt: params.prompt }] };
  }
}
