import { MediaError, redactSecrets } from '@g4f/core';
import { fetch, ProxyAgent } from 'undici';

/** How a remote image is read: the most bytes, how long, through which proxy. */
export interface RemoteReadOptions {
  /** The largest image accepted, in bytes. */
  maxBytes: number;
  /** Milliseconds the whole download may take. */
  timeoutMs: number;
  /** An HTTP(S) proxy to go through. Default: none. */
  proxy?: string | undefined;
  /** The request's signal: the client leaving stops the download. */
  signal?: AbortSignal | undefined;
}

const agents = new Map<string, ProxyAgent>();

function agentFor(proxy: string): ProxyAgent {
  const agent = agents.get(proxy) ?? new ProxyAgent(proxy);
  agents.set(proxy, agent);
  return agent;
}

function tooLarge(url: string, size: string, maxBytes: number): MediaError {
  return new MediaError(`Image ${url} is ${size}, over the ${maxBytes}-byte limit: send a smaller image.`);
}

/**
 * Downloads an image with a cap: a Content-Length over it is refused before any byte is read,
 * and the body is counted as it arrives and dropped past the cap, so a huge file never sits in
 * memory. Chunks are kept as they came; the caller joins them once (a Blob).
 */
export async function readRemoteImage(url: string, options: RemoteReadOptions): Promise<Uint8Array[]> {
  const shown = redactSecrets(url);
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([options.signal, timeout]);
  const dispatcher = options.proxy === undefined ? undefined : agentFor(options.proxy);
  const fail = (error: unknown): never => {
    if (MediaError.isInstance(error)) throw error;
    const reason = timeout.aborted ? `no whole answer within ${options.timeoutMs} ms` : error instanceof Error ? error.message : String(error);
    throw new MediaError(`Could not fetch image ${shown}: ${reason}.`, { cause: error });
  };
  const response = await fetch(url, { signal, redirect: 'follow', ...(dispatcher === undefined ? {} : { dispatcher }) }).catch(fail);
  if (!response.ok) {
    await response.body?.cancel();
    throw new MediaError(`Could not fetch image ${shown}: HTTP ${response.status}.`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw tooLarge(shown, `${declared} bytes`, options.maxBytes);
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> | undefined = response.body?.getReader();
  try {
    for (;;) {
      const read = (await reader?.read().catch(fail)) ?? { done: true as const, value: undefined };
      if (read.done) break;
      const { value } = read;
      received += value.byteLength;
      if (received > options.maxBytes) throw tooLarge(shown, `over ${options.maxBytes} bytes (still coming)`, options.maxBytes);
      chunks.push(value);
    }
  } finally {
    // Stops the download where it is when the cap or an error ends the read.
    await reader?.cancel().catch(() => undefined);
  }
  if (received === 0) throw new MediaError(`Image ${shown} is empty (0 bytes).`);
  return chunks;
}
