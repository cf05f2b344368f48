import { extractMedia, hasAudioParts } from '../prompt/extract-media.js';
import type { Messages } from '../types/message.js';
import type { StreamPart } from '../types/stream-part.js';
import { limitAnswer } from './answer-limits.js';
import type { CallOptions, StreamModeOption } from './call-options.js';
import { collectText } from './collect-text.js';
import { modelForCall } from './model-catalog.js';
import { withDefaults, type ProviderFactFields, type ProviderFacts } from './provider-facts.js';

// The facts are declared once, in ProviderFacts; merging gives the class them as fields.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface AsyncGeneratorProvider extends ProviderFactFields {}

/**
 * The base of every provider: something that streams an answer to a conversation. It is given
 * its facts once (`super({ name, label, url, defaultModel, ... })`) and implements `streamParts`;
 * callers use `createAsyncGenerator` or `createCompletion`. The base keeps the contract's
 * promises that need no provider: the model is resolved before `streamParts` sees it, media
 * reach only vision models or models that take audio (audio parts only the latter), and the
 * stream ends with one `finish` part.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AsyncGeneratorProvider {
  constructor(facts: ProviderFacts) {
    Object.assign(this, withDefaults(facts));
  }

  /**
   * Streams every part of the answer: text deltas as strings, and typed parts. `model` is a model
   * of the catalog, resolved; stop when `options.signal` aborts (pass it to whatever you await),
   * and throw G4FErrors, a broken answer's with the text sent so far as `partialText`.
   */
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
    // Spaces take neither a token limit nor stop sequences; they are applied here, for every
    // provider, and only when asked. A plain call's parts pass one generator, this class's.
    if (rest.maxTokens === undefined && (rest.stop?.length ?? 0) === 0) return this.answer(model, messages, rest, parts);
    const limited = limitAnswer(this.answer(model, messages, rest, true), rest);
    return parts ? limited : textOnly(limited);
  }

  /** Streams the answer and returns its whole text (an image model's images as Markdown images). */
  async createCompletion(model: string, messages: Messages, options: CallOptions = {}): Promise<string> {
    return collectText(this.createAsyncGenerator(model, messages, { ...options, parts: true }));
  }

  /**
   * The model `streamParts` gets for the name a caller asked for: the catalog's model, resolved,
   * after checking that it takes the call's media. Throws ModelNotSupportedError or MediaError.
   */
  protected modelForCall(name: string, hasMedia: boolean, hasAudio: boolean): string {
    return modelForCall(this, name, hasMedia, hasAudio);
  }

  // Lazy, so that a bad model or image fails the first read, as every other failure does.
  // Without `withParts`, only the text: see textOf.
  private async *answer(name: string, messages: Messages, options: CallOptions, withParts: boolean): AsyncGenerator<StreamPart> {
    const hasMedia = (options.media?.length ?? 0) > 0 || extractMedia(messages).length > 0;
    let finished = false;
    for await (const part of this.streamParts(this.modelForCall(name, hasMedia, hasAudioParts(messages)), messages, options)) {
      if (withParts) {
        finished ||= typeof part === 'object' && part.type === 'finish';
        yield part;
      } else {
        const text = textOf(part);
        if (text !== undefined) yield text;
      }
    }
    if (withParts && !finished) yield { type: 'finish', reason: 'stop' };
  }
}

// What a plain-text stream shows of a part: a text delta as it is, a rewritten answer after a line break.
function textOf(part: StreamPart): string | undefined {
  if (typeof part === 'string') return part;
  return part.type === 'text-replace' ? `\n${part.text}` : undefined;
}

async function* textOnly(stream: AsyncIterable<StreamPart>): AsyncGenerator<string> {
  for await (const part of stream) {
    const text = textOf(part);
    if (text !== undefined) yield text;
  }
}
