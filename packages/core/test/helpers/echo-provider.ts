import { setTimeout as sleep } from 'node:timers/promises';
import {
  AsyncGeneratorProvider,
  formatPrompt,
  ProviderModelMixin,
  type CallOptions,
  type Messages,
  type StreamPart,
} from '@g4f/core';

/** A tiny provider for tests: it streams the prompt back word by word, a few ms apart. */
export class EchoProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  /** The options of the last call, to check what reached the provider. */
  lastOptions: CallOptions | undefined;

  constructor(name = 'Echo', private readonly delayMs = 2) {
    super({
      name,
      label: 'Echo (test)',
      url: 'http://127.0.0.1/echo',
      defaultModel: 'echo-1',
      models: ['echo-1', 'echo-2'],
      modelAliases: { echo: 'echo-1', 'echo-latest': 'echo-3' },
      visionModels: ['echo-2'],
    });
  }

  protected async *streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    this.lastOptions = options;
    yield { type: 'provider-info', provider: this.name, model, label: this.label };
    const words = formatPrompt(messages).split(' ');
    for (const [index, word] of words.entries()) {
      await sleep(this.delayMs, undefined, { signal: options.signal });
      yield index === 0 ? word : ` ${word}`;
    }
    yield { type: 'finish', reason: 'stop' };
  }
}

/** An image provider for tests whose model `flux` names, as g4f's FLUX Spaces each do; it fails with `error` where given. */
export class DrawingProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  /** The models it was asked for, as its streamParts got them. */
  readonly asked: string[] = [];

  constructor(
    name: string,
    model: string,
    private readonly error?: Error,
  ) {
    super({ name, label: name, url: `http://127.0.0.1/${name}`, defaultModel: model, imageModels: [model], modelAliases: { flux: model } });
  }

  protected async *streamParts(model: string): AsyncIterable<StreamPart> {
    this.asked.push(model);
    await Promise.resolve();
    if (this.error !== undefined) throw this.error;
    yield `drawn by ${model}`;
  }
}

/** A provider whose stream fails with `error` (or, with none, ends), after yielding `before` first. */
export class FailingProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  calls = 0;

  constructor(
    name: string,
    private readonly error: Error | undefined,
    private readonly before: readonly StreamPart[] = [],
  ) {
    super({ name, label: 'Failing (test)', url: 'http://127.0.0.1/failing', defaultModel: 'echo-1' });
  }

  protected async *streamParts(): AsyncIterable<StreamPart> {
    this.calls++;
    await Promise.resolve();
    yield* this.before;
    if (this.error !== undefined) throw this.error;
  }
}
