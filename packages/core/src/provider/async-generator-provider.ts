import type { Messages } from '../types/message.js';
import type { StreamPart } from '../types/stream-part.js';
import { collectText } from './collect-text.js';
import type { ProviderOptions, StreamModeOption } from './provider-options.js';

/**
 * The base of every provider: something that streams an answer to a conversation.
 * Subclasses implement `streamParts`; callers use `createAsyncGenerator` or `createCompletion`.
 */
export abstract class AsyncGeneratorProvider<TOptions extends ProviderOptions = ProviderOptions> {
  /** A unique name, used by the registry and in errors: "Qwen_QVQ_72B". */
  abstract readonly name: string;
  /** A name for people: "Qwen QVQ-72B". */
  abstract readonly label: string;
  /** The provider's home page or service URL. */
  abstract readonly url: string;
  /** False when the provider is known to be broken; the registry then skips it. */
  readonly working: boolean = true;
  /** True when a call fails without an apiKey. */
  readonly needsAuth: boolean = false;
  /** True when the answer arrives in pieces rather than at once. */
  readonly supportsStream: boolean = true;
  /** True when system messages reach the model. */
  readonly supportsSystemMessage: boolean = true;
  /** True when earlier messages of the conversation reach the model. */
  readonly supportsMessageHistory: boolean = true;

  /** Streams every part of the answer: text deltas as strings, and typed parts. */
  protected abstract streamParts(model: string, messages: Messages, options: TOptions): AsyncIterable<StreamPart>;

  /**
   * Streams the answer. By default it yields only text deltas (strings); with `parts: true` it
   * yields typed parts too. A plain-text stream cannot take text back: where the provider
   * rewrites its answer, it yields a line break and then the whole new answer.
   */
  createAsyncGenerator(model: string, messages: Messages, options?: TOptions & { parts?: false | undefined }): AsyncGenerator<string>;
  createAsyncGenerator(model: string, messages: Messages, options: TOptions & { parts: true }): AsyncGenerator<StreamPart>;
  createAsyncGenerator(model: string, messages: Messages, options?: TOptions & StreamModeOption): AsyncGenerator<StreamPart>;
  createAsyncGenerator(
    model: string,
    messages: Messages,
    options: TOptions & StreamModeOption = {} as TOptions,
  ): AsyncGenerator<StreamPart> {
    const { parts = false, ...rest } = options;
    const stream = this.streamParts(model, messages, rest as unknown as TOptions);
    return parts ? passThrough(stream) : textOnly(stream);
  }

  /** Streams the answer and returns its whole text. */
  async createCompletion(model: string, messages: Messages, options?: TOptions): Promise<string> {
    return collectText(this.createAsyncGenerator(model, messages, { ...options, parts: true } as TOptions & { parts: true }));
  }
}

async function* passThrough(stream: AsyncIterable<StreamPart>): AsyncGenerator<StreamPart> {
  yield* stream;
}

async function* textOnly(stream: AsyncIterable<StreamPart>): AsyncGenerator<string> {
  for await (const part of stream) {
    if (typeof part === 'string') yield part;
    else if (part.type === 'text-replace') yield `\n${part.text}`;
  }
}
