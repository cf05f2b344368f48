import type { LanguageModelV3File } from '@ai-sdk/provider';
import { detectImageType, raiseForStatus, type CallOptions, type ImagePart, type Provider } from '@g4f/core';

interface FileFetcher {
  fetchFile(url: string, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'>): Promise<Uint8Array>;
}

const canFetchFiles = (provider: Provider): provider is Provider & FileFetcher => typeof (provider as Partial<FileFetcher>).fetchFile === 'function';

/** The provider of a route that answered, by the name its `provider-info` part gave. */
export function answeringProvider(route: Provider, name: string): Provider {
  return route.providers?.find((member) => member.name === name) ?? route;
}

/**
 * A generated image as the AI SDK's file: its bytes, downloaded by the provider that drew it
 * (through the same proxy; the token goes only to the Space itself), its URL in the metadata.
 */
export async function generatedFile(part: ImagePart, provider: Provider, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'>): Promise<LanguageModelV3File> {
  const bytes = canFetchFiles(provider) ? await provider.fetchFile(part.url, options) : await download(part.url, provider.name, options.signal);
  const mediaType = part.mediaType ?? (await detectImageType(bytes));
  return { type: 'file', mediaType, data: bytes, providerMetadata: { g4f: { url: part.url } } };
}

// A provider of the plain `Provider` shape has no fetchFile; its images are public URLs.
async function download(url: string, provider: string, signal: AbortSignal | undefined): Promise<Uint8Array> {
  const response = await fetch(url, { signal: signal ?? null });
  await raiseForStatus(response, { provider, step: 'download the generated image' });
  return new Uint8Array(await response.arrayBuffer());
}
