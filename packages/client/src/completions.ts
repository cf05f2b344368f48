import { getProvider, getProviderByName, InvalidRequestError, type Provider } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';
import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParams } from './chat-types.js';
import type { ClientOptions } from './client-options.js';
import { partsToChunks } from './parts-to-chunks.js';

/** `client.chat.completions`: OpenAI's create, answered by g4f providers. */
export class Completions {
  constructor(private readonly options: ClientOptions) {}

  /** Answers a conversation: one ChatCompletion, or with `stream: true` an async iterable of chunks. */
  create(params: ChatCompletionCreateParams & { stream: true }): Promise<AsyncIterable<ChatCompletionChunk>>;
  create(params: ChatCompletionCreateParams & { stream?: false | undefined }): Promise<ChatCompletion>;
  create(params: ChatCompletionCreateParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>>;
  async create(params: ChatCompletionCreateParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>> {
    if (typeof params.model !== 'string') throw new InvalidRequestError('model must be a string (a model name or alias; "" for the default).');
    const provider = this.providerFor(params);
    const model = provider.getModel(params.model);
    const parts = provider.createAsyncGenerator(params.model, params.messages, {
      parts: true,
      apiKey: this.options.apiKey,
      proxy: this.options.proxy,
      timeout: this.options.timeout,
      idleTimeout: this.options.idleTimeout,
      signal: params.signal,
    });
    const chunks = partsToChunks(parts, { model, provider: provider.name });
    return params.stream === true ? chunks : collect(chunks);
  }

  private providerFor(params: ChatCompletionCreateParams): Provider {
    const chosen = params.provider ?? this.options.provider;
    const provider = chosen === undefined ? getProvider(params.model) : typeof chosen === 'string' ? getProviderByName(chosen) : chosen;
    const { baseUrl } = this.options;
    return baseUrl === undefined ? provider : atBaseUrl(provider, baseUrl);
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
