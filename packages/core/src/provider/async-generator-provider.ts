import type { Messages } from '../types/message.js';
import type { StreamPart } from '../types/stream-part.js';
import type { CallOptions, StreamModeOption } from './call-options.js';
import { collectText } from './collect-text.js';
import { withDefaults, type ProviderFactFields, type ProviderFacts } from './provider-facts.js';

// The facts are declared once, in ProviderFacts; merging gives the class them as fields.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface AsyncGeneratorProvider extends ProviderFactFields {}

/**
 * The base of every provider: something that streams an answer to a conversation. It is given
 * its facts once (`super({ name, label, url, defaultModel, ... })`) and implements `streamParts`;
 * callers use `createAsyncGenerator` or `createCompletion`.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AsyncGeneratorProvider {
  constructor(facts: ProviderFacts) {
    Object.assign(this, withDefaults(facts));
  }

  /** Streams every part of the answer: text deltas as strings, and typed parts. */
  protected abstract streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart>;

  /**
   * Streams the answer. By default it yields only text deltas (strings); with `parts: true` it
   * yields typed parts too. A plain-text stream cannot take text back: where the provider
   * rewrites its answer, it yields a line break and then the whole new answer.
   */
  createAsyncGenerator(model: string, messages: Messages, options?: CallOptions & { parts?: false | undefined }): AsyncGenerator<string>;
  createAsyncGenerator(model: string, messages: Messages, options: CallOptions & { parts: true }): AsyncGenerator<StreamPart>;
  createAsyncGenerator(model: string, messages: Messages, options?: CallOptions & StreamModeOption): AsyncGenerator<StreamPart>;
  createAsyncGenerator(model: string, messages: Messages, options: CallOptions & StreamModeOption = {}): AsyncGenerator<StreamPart> {
    const { parts = false, ...rest } = options;
    const stream = this.streamParts(model, messages, rest);
    return parts ? passThrough(stream) : textOnly(stream);
  }

  /** Streams the answer and returns its whole text. */
  async createCompletion(model: string, messages: Messages, options: CallOptions = {}): Promise<string> {
    return collectText(this.createAsyncGenerator(model, messages, { ...options, parts: true }));
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
