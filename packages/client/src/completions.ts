import { extractMedia, getProviderByName, getRegistry, InvalidRequestError, resolveModel, type CallOptions, type ResolvedModel } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParams } from './chat-types.js';
import type { ClientOptions } from './client-options.js';
import { partsToChunks } from './parts-to-chunks.js';

/** The call options of a request: the client's, then the request's OpenAI parameters. */
function callOptions(client: ClientOptions, params: ChatCompletionCreateParams): CallOptions {
  const { stop } = params;
  return {
    apiKey: client.apiKey,
    proxy: client.proxy,
    timeout: client.timeout,
    idleTimeout: client.idleTimeout,
    signal: params.signal,
    temperature: params.temperature,
    maxTokens: params.max_tokens,
    stop: typeof stop === 'string' ? [stop] : stop,
    seed: params.seed,
    providerOptions: params.provider_options,
  };
}

/** `client.chat.completions`: OpenAI's create, answered by g4f providers chosen by the registry. */
export class Completions {
  constructor(private readonly options: ClientOptions) {}

  /** Answers a conversation: one ChatCompletion, or with `stream: true` an async iterable of chunks. */
  create(params: ChatCompletionCreateParams & { stream: true }): Promise<AsyncIterable<ChatCompletionChunk>>;
  create(params: ChatCompletionCreateParams & { stream?: false | undefined }): Promise<ChatCompletion>;
  create(params: ChatCompletionCreateParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>>;
  async create(params: ChatCompletionCreateParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>> {
    if (typeof params.model !== 'string') throw new InvalidRequestError('model must be a string (a model name or alias; "" for the default).');
    const { provider, model } = this.route(params);
    getRegistry().checkProviderOptions(params.provider_options, [provider]);
    const parts = provider.createAsyncGenerator(model, params.messages, { ...callOptions(this.options, params), parts: true });
    // The model is named for sure once the provider says which one answers; until then, as resolved.
    const chunks = partsToChunks(parts, { model: model === '' ? provider.defaultModel : model, provider: provider.name });
    return params.stream === true ? chunks : collect(chunks);
  }

  /** The provider and model: a pinned provider as named, otherwise the registry's choice. */
  private route(params: ChatCompletionCreateParams): ResolvedModel {
    const chosen = params.provider ?? this.options.provider;
    const resolved =
      chosen === undefined
        ? resolveModel(params.model, { hasImage: extractMedia(params.messages).length > 0 })
        : { provider: typeof chosen === 'string' ? getProviderByName(chosen) : chosen, model: params.model };
    const { baseUrl } = this.options;
    return baseUrl === undefined ? resolved : { ...resolved, provider: atBaseUrl(resolved.provider, baseUrl) };
  }
}

async function collect(chunks: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletion> {
  let content = '';
  let reasoning = '';
  let last: ChatCompletionChunk | undefined;
  for await (const chunk of chunks) {
    const delta = chunk.choices[0]?.delta;
    content += delta?.content ?? '';
    reasoning += delta?.reasoning_content ?? '';
    last = chunk;
  }
  if (last === undefined) throw new InvalidRequestError('the provider gave no answer at all.');
  const message = { role: 'assistant' as const, content, ...(reasoning === '' ? {} : { reasoning_content: reasoning }) };
  return {
    id: last.id,
    object: 'chat.completion',
    created: last.created,
    model: last.model,
    provider: last.provider ?? '',
    choices: [{ index: 0, message, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
  };
}
