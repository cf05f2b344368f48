import { DEFAULT_MAX_MEDIA_BYTES, InvalidRequestError, MediaError, type ContentPart, type Message } from '@g4f/core';

async function fetchAsDataUri(url: string, signal: AbortSignal | undefined): Promise<string> {
  const response = await fetch(url, { signal: signal ?? null, redirect: 'follow' }).catch((error: unknown) => {
    throw new MediaError(`Could not fetch image ${url}: ${error instanceof Error ? error.message : String(error)}.`);
  });
  if (!response.ok) throw new MediaError(`Could not fetch image ${url}: HTTP ${response.status}.`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.byteLength > DEFAULT_MAX_MEDIA_BYTES) throw new MediaError(`Image ${url} is ${bytes.byteLength} bytes, over the ${DEFAULT_MAX_MEDIA_BYTES}-byte limit.`);
  return `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * The messages with every image as a data: URI. A request may not name server files, and fetches
 * remote images only where the server allows it, so clients cannot make the server read or
 * reach what they could not themselves.
 */
export async function checkRequestImages(messages: readonly Message[], allowRemote: boolean, signal?: AbortSignal): Promise<Message[]> {
  return Promise.all(
    messages.map(async (message, index) => {
      if (typeof message.content === 'string') return message;
      const content = await Promise.all(
        message.content.map(async (part): Promise<ContentPart> => {
          if (part.type !== 'image_url') return part;
          const { url } = part.image_url;
          if (url.startsWith('data:')) return part;
          if (/^https?:\/\//i.test(url) && allowRemote) return { type: 'image_url', image_url: { url: await fetchAsDataUri(url, signal) } };
          const remote = /^https?:\/\//i.test(url) ? ' (this server does not fetch remote images)' : '';
          throw new InvalidRequestError(`messages[${index}]: image_url must be a data: URI${remote}.`);
        }),
      );
      return { ...message, content };
    }),
  );
}
