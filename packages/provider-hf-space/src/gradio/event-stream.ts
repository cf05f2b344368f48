import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { raiseForStatus, ResponseError } from '@g4f/core';
import { agentFor } from './proxy-fetch.js';
import { cannotReach, type StepContext } from './space-request.js';

/** An open event stream: its text as it arrives, and a way to close the connection. */
export interface EventStream {
  /** The body's text, chunk by chunk as the network delivers it. */
  chunks: AsyncIterable<string>;
  /** Closes the connection; safe to call twice. */
  close(): void;
}

/** How to reach the Space: the same headers, proxy and fetch override as every other request. */
export interface EventStreamSettings {
  headers: Record<string, string>;
  proxy?: string | undefined;
  /** A fetch to use instead (tests, instrumentation): the stream then goes through it. */
  fetch?: typeof fetch | undefined;
}

/** An answer whose head has arrived, however it was asked for. */
interface OpenedAnswer {
  status: number;
  headers: Headers;
  /** The body's text; null when the answer has none. */
  chunks: AsyncIterable<string> | null;
  close(): void;
}

/**
 * Opens a long-lived event stream with Node's own HTTP client (undici's `request` through the
 * proxy, when there is one) rather than fetch: fetch hands the body over as a web stream, whose
 * promises per chunk cost a third of a client's CPU on a Space that sends an event per token
 * (docs/benchmarks.md). Short requests stay on ky. Statuses and network failures give the same
 * typed errors as `sendRequest`.
 */
export async function openEventStream(url: string, settings: EventStreamSettings, signal: AbortSignal, context: StepContext): Promise<EventStream> {
  const headers = { ...settings.headers, accept: 'text/event-stream' };
  let answer: OpenedAnswer;
  try {
    if (settings.fetch !== undefined) answer = await viaFetch(settings.fetch, url, headers, signal);
    else if (settings.proxy !== undefined) answer = await viaProxy(url, headers, signal, settings.proxy);
    else answer = await viaNodeHttp(url, headers, signal);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw cannotReach(url, error, context);
  }
  const { chunks } = answer;
  const close = (): void => {
    answer.close();
  };
  if (answer.status < 200 || answer.status >= 300) {
    const text = chunks === null ? '' : await readAll(chunks).catch(() => '');
    close();
    await raiseForStatus(new Response(text, { status: answer.status, headers: answer.headers }), context);
  }
  if (chunks === null) throw new ResponseError(`could not ${context.step}: the answer has no body.`, { provider: context.provider });
  return { chunks, close };
}

async function viaNodeHttp(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<OpenedAnswer> {
  // node:http is loaded with the first stream, not with the package.
  const { request } = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, signal }, (incoming) => {
      incoming.setEncoding('utf8');
      resolve(fromReadable(incoming.statusCode ?? 0, incoming.headers, incoming, incoming as AsyncIterable<string>));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function viaProxy(url: string, headers: Record<string, string>, signal: AbortSignal, proxy: string): Promise<OpenedAnswer> {
  const [{ request }, dispatcher] = await Promise.all([import('undici'), agentFor(proxy)]);
  const { statusCode, headers: answerHeaders, body } = await request(url, { headers, signal, dispatcher });
  // undici's body ignores setEncoding: its chunks are decoded here.
  return fromReadable(statusCode, answerHeaders, body, decoded(body));
}

async function viaFetch(fetcher: typeof fetch, url: string, headers: Record<string, string>, signal: AbortSignal): Promise<OpenedAnswer> {
  const response = await fetcher(url, { headers, signal });
  const reader = (response.body as ReadableStream<Uint8Array> | null)?.getReader();
  return {
    status: response.status,
    headers: response.headers,
    chunks: reader === undefined ? null : decoded(readerChunks(reader)),
    close: () => {
      reader?.cancel().catch(() => undefined);
    },
  };
}

function fromReadable(status: number, headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>, body: Readable, chunks: AsyncIterable<string>): OpenedAnswer {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    for (const item of value === undefined ? [] : Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return {
    status,
    headers: result,
    chunks,
    close: () => {
      body.destroy();
    },
  };
}

async function* readerChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

async function* decoded(chunks: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of chunks) yield decoder.decode(chunk as Uint8Array, { stream: true });
}

async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}
