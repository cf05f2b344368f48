import { DEFAULT_MAX_MEDIA_BYTES, InvalidRequestError, type ContentPart, type Message } from '@g4f/core';
import { readRemoteImage } from './read-remote-image.js';
import type { ServerOptions } from './server-options.js';

/** The default time a remote image may take to download: 30 s. */
export const DEFAULT_REMOTE_IMAGE_TIMEOUT = 30_000;

const isRemote = (url: string): boolean => /^https?:\/\//i.test(url);

/** The request field of a message's image part, as the caller's API names it (its `param`). */
export type FieldOf = (messageIndex: number, partIndex: number) => string;

const chatField: FieldOf = (messageIndex, partIndex) => `messages[${messageIndex}].content[${partIndex}].image_url.url`;

/**
 * The images a request names, checked: data: URIs pass; http(s) URLs are downloaded (capped,
 * through the proxy, in time) only where the server allows it, and handed on as object URLs of
 * their bytes, with no base64 round trip; anything else is refused, so that a client cannot make
 * the server read its own files or reach what the client could not.
 */
export class RequestImages {
  constructor(private readonly options: Pick<ServerOptions, 'allowRemoteImages' | 'remoteImageTimeout' | 'proxy'>) {}

  /**
   * The messages with every image checked. `release` gets a function that frees the downloaded
   * images; call it once the request is over.
   */
  async check(messages: readonly Message[], signal: AbortSignal | undefined, release: (free: () => void) => void, fieldOf: FieldOf = chatField): Promise<Message[]> {
    const objectUrls: string[] = [];
    release(() => {
      for (const url of objectUrls) URL.revokeObjectURL(url);
    });
    const checkPart = async (part: ContentPart, index: number, partIndex: number): Promise<ContentPart> => {
      if (part.type !== 'image_url') return part;
      const { url } = part.image_url;
      if (url.startsWith('data:')) return part;
      if (!isRemote(url) || this.options.allowRemoteImages !== true) {
        const param = fieldOf(index, partIndex);
        const why = isRemote(url)
          ? ' (this server does not fetch remote images: send the image inline, or start g4f serve with --allow-remote-images)'
          : '';
        throw new InvalidRequestError(`${param}: image_url must be a data: URI${why}.`, { param });
      }
      const chunks = await readRemoteImage(url, {
        maxBytes: DEFAULT_MAX_MEDIA_BYTES,
        timeoutMs: this.options.remoteImageTimeout ?? DEFAULT_REMOTE_IMAGE_TIMEOUT,
        proxy: this.options.proxy,
        signal,
      });
      const objectUrl = URL.createObjectURL(new Blob(chunks));
      objectUrls.push(objectUrl);
      return { type: 'image_url', image_url: { url: objectUrl } };
    };
    return Promise.all(
      messages.map(async (message, index) =>
        typeof message.content === 'string' ? message : { ...message, content: await Promise.all(message.content.map((part, partIndex) => checkPart(part, index, partIndex))) },
      ),
    );
  }
}
