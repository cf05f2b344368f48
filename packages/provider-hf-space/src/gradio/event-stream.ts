import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { raiseForStatus, ResponseError } from '@g4f/core';
import { connectionReason } from './call-faults.js';
import { agentFor } from './proxy-fetch.js';
import type { StepContext } from './space-request.js';

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

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>;
  body: Readable;
  /** The body as text, chunk by chunk. */
  text: AsyncIterable<string>;
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
  if (settings.fetch !== undefined) return viaFetch(settings.fetch, url, headers, signal, context);
  let answer: RawAnswer;
  try {
    answer = settings.proxy === undefined ? await viaNodeHttp(url, headers, signal) : await viaProxy(url, headers, signal, settings.proxy);
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new ResponseError(`could not ${context.step}: cannot reach ${new URL(url).origin} (${connectionReason(error)}). Check the URL and the network.`, {
      provider: context.provider,
      retryable: true,
      cause: error,
    });
  }
  const close = (): void => {
    answer.body.destroy();
  };
  if (answer.status < 200 || answer.status >= 300) {
    const text = await readAll(answer.text).catch(() => '');
    close();
    await raiseForStatus(new Response(text, { status: answer.status, headers: toHeaders(answer.headers) }), context);
  }
  return { chunks: answer.text, close };
}

// undici's body ignores setEncoding: its chunks are decoded here.
async function* decoded(body: Readable): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for await (const chunk of body) yield decoder.decode(chunk as Uint8Array, { stream: true });
}

async function viaNodeHttp(url: string, headers: Record<string, string>, signal: AbortSignal): Promise<RawAnswer> {
  // node:http is loaded with the first stream, not with the package.
  const { request } = url.startsWith('https:') ? await import('node:https') : await import('node:http');
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers, signal }, (incoming) => {
      incoming.setEncoding('utf8');
      resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: incoming, text: incoming as AsyncIterable<string> });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function viaProxy(url: string, headers: Record<string, string>, signal: AbortSignal, proxy: string): Promise<RawAnswer> {
  const [{ request }, dispatcher] = await Promise.all([import('undici'), agentFor(proxy)]);
  const { statusCode, headers: answerHeaders, body } = await request(url, { headers, signal, dispatcher });
  return { status: statusCode, headers: answerHeaders, body, text: decoded(body) };
}

async function viaFetch(fetcher: typeof fetch, url: string, headers: Record<string, string>, signal: AbortSignal, context: StepContext): Promise<EventStream> {
  let response: Response;
  try {
    response = await fetcher(url, { headers, signal });
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new ResponseError(`could not ${context.step}: cannot reach ${new URL(url).origin} (${connectionReason(error)}).`, { provider: context.provider, retryable: true, cause: error });
  }
  await raiseForStatus(response, context);
  const body = response.body;
  if (body === null) throw new ResponseError(`could not ${context.step}: the answer has no body.`, { provider: context.provider });
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  async function* chunks(): AsyncGenerator<string> {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield decoder.decode(value, { stream: true });
    }
  }
  return {
    chunks: chunks(),
    close: () => {
      reader.cancel().catch(() => undefined);
    },
  };
}

async function readAll(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

function toHeaders(headers: RawAnswer['headers']): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) result.append(name, item);
  }
  return result;
}
