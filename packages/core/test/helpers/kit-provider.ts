import { setTimeout as sleep } from 'node:timers/promises';
import {
  AsyncGeneratorProvider,
  extractMedia,
  getLastUserMessage,
  ProviderModelMixin,
  ResponseError,
  UnreadableAnswerError,
  type CallOptions,
  type Messages,
  type ProviderFacts,
  type StreamPart,
} from '@g4f/core';
import type { ConformanceOptions } from '@g4f/core/testing';

/**
 * A provider that passes every conformance check: a chat, a vision and an image model, a failure
 * on "fail", a broken stream on "break", nothing at all on "nothing", an answer it cannot read
 * when `garbled`, and a count of its open "connections". The kit's tests break one of its
 * behaviours at a time (the base class keeps the rest).
 */
export class KitProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  /** Answers streaming now, as connections a real provider would hold. */
  open = 0;
  /** Whether its upstream answers in a shape it cannot read. */
  garbled = false;

  constructor(facts: Partial<ProviderFacts> = {}) {
    super({
      name: 'Kit',
      label: 'Kit (test)',
      url: 'http://127.0.0.1/kit',
      defaultModel: 'kit-chat',
      modelAliases: { kit: 'kit-chat' },
      visionModels: ['kit-vision'],
      imageModels: ['kit-draw'],
      ...facts,
    });
  }

  protected answerText(prompt: string, media: number): string {
    return media > 0 ? `I see an image. ${prompt}` : prompt;
  }

  protected async pause(signal: AbortSignal | undefined): Promise<void> {
    await sleep(2, undefined, { signal });
  }

  protected brokenStream(partialText: string): Error {
    return new ResponseError('the stream broke off.', { provider: this.name, partialText });
  }

  protected failure(): Error {
    return new ResponseError('the service failed.', { provider: this.name });
  }

  /** The error for an answer it cannot read; undefined to take it as an answer of nothing. */
  protected unreadable(): Error | undefined {
    return new UnreadableAnswerError('the service answered in a shape the kit does not read.', '{"changed":"shape"}', { provider: this.name });
  }

  protected *ending(): Iterable<StreamPart> {
    yield { type: 'finish', reason: 'stop' };
  }

  protected *nothing(): Iterable<StreamPart> {
    // An upstream that answered nothing: no content, only the finish.
  }

  protected *drawing(): Iterable<StreamPart> {
    yield { type: 'image', url: 'http://127.0.0.1/kit/fox.png', mediaType: 'image/png' };
  }

  protected async *streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    const media = (options.media?.length ?? 0) + extractMedia(messages).length;
    yield { type: 'provider-info', provider: this.name, model, label: this.label };
    this.open++;
    try {
      const prompt = getLastUserMessage(messages);
      if (prompt.includes('fail')) throw this.failure();
      const unreadable = this.garbled ? this.unreadable() : undefined;
      if (unreadable !== undefined) throw unreadable;
      if (this.garbled || prompt.includes('nothing')) yield* this.nothing();
      else if (this.imageModels.includes(model)) yield* this.drawing();
      else {
        let text = '';
        for (const [index, word] of this.answerText(prompt, media).split(' ').entries()) {
          await this.pause(options.signal);
          if (prompt.includes('break') && index === 2) throw this.brokenStream(text);
          const delta = index === 0 ? word : ` ${word}`;
          text += delta;
          yield delta;
        }
      }
      yield* this.ending();
    } finally {
      this.closeConnection();
    }
  }

  protected closeConnection(): void {
    this.open--;
  }
}

/** The kit's options for a KitProvider: every scenario given. */
export function kitOptions(provider: () => KitProvider): ConformanceOptions {
  return {
    longMessages: [{ role: 'user', content: 'a b c d e f g h i j k l m n o p' }],
    failingMessages: [{ role: 'user', content: 'please fail' }],
    breakingMessages: [{ role: 'user', content: 'one two break four five' }],
    emptyMessages: [{ role: 'user', content: 'say nothing' }],
    unreadable: () => Object.assign(Object.create(provider()) as KitProvider, { garbled: true }),
    image: { media: new URL('../../../../fixtures/images/red-4x3.png', import.meta.url).pathname, answerMatches: /I see an image/ },
    openConnections: () => provider().open,
  };
}
