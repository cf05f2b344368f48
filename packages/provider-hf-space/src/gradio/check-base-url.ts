import { InvalidRequestError } from '@g4f/core';

/** Throws InvalidRequestError, before any request, unless `baseUrl` is an http(s) URL. */
export function checkBaseUrl(baseUrl: string, provider: string): void {
  let protocol: string | undefined;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new InvalidRequestError(
      `the base URL ${JSON.stringify(baseUrl.slice(0, 100))} is not an http(s) URL; give the Space's root, such as https://qwen-qvq-72b-preview.hf.space.`,
      { provider },
    );
  }
}
