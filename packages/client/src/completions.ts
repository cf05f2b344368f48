import { getRegistry, InvalidRequestError, type CallOptions } from '@g4f/core';
import { apiPromise, type APIPromise } from './api-promise.js';
import { ChatCompletionStream } from './chat-completion-stream.js';
import { checkChatRequest, requestHasImage } from './chat-request.js';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParams, RequestOptions } from './chat-types.js';
import type { ClientOptions } from './client-options.js';
import { collectCompletion } from './collect-completion.js';
import { toAPIError } from './errors/api-error.js';
import { partsToChunks } from './parts-to-chunks.js';
import { routeRequest } from './route-request.js';
import { Stream } from './stream.js';

const REQUEST_OPTIONS: ReadonlySet<string> = new Set(['signal', 'timeout', 'onProgress'] satisfies (keyof RequestOptions)[]);

function checkRequestOptions(options: RequestOptions): void {
  for (const [key, value] of Object.entries(options)) {
    if (!REQUEST_OPTIONS.has(key) && value !== undefined) {
      throw new InvalidRequestError(`Request option "${key}" is not supported; the options are signal, timeout and onProgress.`, { param: key });
    }
  }
}

/** The call options: the client's, then the request's where it sets them. */
function callOptions(client: ClientOptions, request: CallOptions, options: RequestOptions, signal: AbortSignal): CallOptions {
  const set = Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
  return { apiKey: client.apiKey, proxy: client.proxy, timeout: options.timeout ?? client.timeout, idleTimeout: client.idleTimeout, ...set, signal };
}

/** `client.chat.completions`: OpenAI's create and stream, answered by g4f providers chosen by the registry. */
export class Completions {
  constructor(private readonly options: ClientOptions) {}

  /**
   * Answers a conversation: one ChatCompletion, or with `stream: true` a Stream of chunks (which
   * resolves once the answer starts, so that a refusal rejects this promise). Errors are `APIError`s.
   */
  create(params: ChatCompletionCreateParams & { stream: true }, options?: RequestOptions): APIPromise<Stream<ChatCompletionChunk>>;
  create(params: ChatCompletionCreateParams & { stream?: false | null | undefined }, options?: RequestOptions): APIPromise<ChatCompletion>;
  create(params: ChatCompletionCreateParams, options?: RequestOptions): APIPromise<ChatCompletion | Stream<ChatCompletionChunk>>;
  create(params: ChatCompletionCreateParams, options: RequestOptions = {}): APIPromise<ChatCompletion | Stream<ChatCompletionChunk>> {
    let answered = { provider: '', model: '' };
    const run = async (): Promise<ChatCompletion | Stream<ChatCompletionChunk>> => {
      checkRequestOptions(options);
      const request = checkChatRequest(params);
      const controller = new AbortController();
      const signals = [controller.signal, request.call.signal, options.signal].filter((signal) => signal !== undefined);
      const { provider, model } = routeRequest(this.options, request.model, request.provider, { hasImage: requestHasImage(request) });
      getRegistry().checkProviderOptions(request.call.providerOptions, [provider]);
      const parts = provider.createAsyncGenerator(model, request.messages, { ...callOptions(this.options, request.call, options, AbortSignal.any(signals)), parts: true });
      // The model is named for sure once the provider says which one answers; until then, as resolved.
      const context = { model: model === '' ? provider.defaultModel : model, provider: provider.name, messages: request.messages, onProgress: options.onProgress };
      if (!request.stream) {
        const completion = await collectCompletion(partsToChunks(parts, { ...context, includeUsage: true }));
        answered = completion;
        return completion;
      }
      const chunks = partsToChunks(parts, { ...context, includeUsage: request.includeUsage });
      // Wait for the answer to start, so that a failure before it rejects here, as an HTTP status would.
      const first = await chunks.next();
      if (first.done !== true) answered = { provider: first.value.provider ?? provider.name, model: first.value.model };
      return new Stream(replay(first, chunks), controller);
    };
    const data = run().catch((error: unknown) => {
      throw toAPIError(error);
    });
    return apiPromise(data, (value) => ({ ...answered, stream: value instanceof Stream }));
  }

  /**
   * Streams an answer with events, as the `openai` package's `chat.completions.stream()`:
   * `on('content', (delta, snapshot) => ...)`, `finalChatCompletion()`, `abort()`.
   */
  stream(params: Omit<ChatCompletionCreateParams, 'stream'>, options: RequestOptions = {}): ChatCompletionStream {
    return new ChatCompletionStream((signal) => this.create({ ...params, stream: true }, { ...options, signal: AbortSignal.any([signal, ...(options.signal === undefined ? [] : [options.signal])]) }));
  }
}

/** The chunks with the first, already read, in front; leaving early closes the rest. */
async function* replay(first: IteratorResult<ChatCompletionChunk>, rest: AsyncGenerator<ChatCompletionChunk>): AsyncGenerator<ChatCompletionChunk> {
  try {
    if (first.done === true) return;
    yield first.value;
    yield* rest;
  } finally {
    // A caller who leaves at the first chunk never reaches `yield*`, which would close the rest.
    await rest.return(undefined);
  }
}
