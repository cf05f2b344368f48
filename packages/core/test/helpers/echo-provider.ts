import { setTimeout as sleep } from 'node:timers/promises';
import {
  AsyncGeneratorProvider,
  formatPrompt,
  ProviderModelMixin,
  type Messages,
  type ProviderOptions,
  type StreamPart,
} from '@g4f/core';

/** A tiny provider for tests: it streams the prompt back word by word, a few ms apart. */
export class EchoProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  readonly name: string;
  readonly label = 'Echo (test)';
  readonly url = 'http://127.0.0.1/echo';
  readonly defaultModel = 'echo-1';
  readonly models = ['echo-1', 'echo-2'];
  override readonly modelAliases = { echo: 'echo-1', 'echo-latest': 'echo-3' };
  override readonly visionModels = ['echo-2'];
  /** The options of the last call, to check what reached the provider. */
  lastOptions: ProviderOptions | undefined;

  constructor(name = 'Echo', private readonly delayMs = 2) {
    super();
    this.name = name;
  }

  protected async *streamParts(model: string, messages: Messages, options: ProviderOptions): AsyncIterable<StreamPart> {
    this.lastOptions = options;
    const resolved = this.getModel(model);
    yield { type: 'provider-info', provider: this.name, model: resolved, label: this.label };
    const words = formatPrompt(messages).split(' ');
    for (const [index, word] of words.entries()) {
      await sleep(this.delayMs, undefined, { signal: options.signal });
      yield index === 0 ? word : ` ${word}`;
    }
    yield { type: 'finish', reason: 'stop' };
  }
}

/** A provider whose stream fails with `error`, after yielding `before` text first. */
export class FailingProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  readonly label = 'Failing (test)';
  readonly url = 'http://127.0.0.1/failing';
  readonly defaultModel = 'echo-1';
  readonly models = ['echo-1'];
  calls = 0;

  constructor(
    readonly name: string,
    private readonly error: Error,
    private readonly before: readonly StreamPart[] = [],
  ) {
    super();
  }

  protected async *streamParts(): AsyncIterable<StreamPart> {
    this.calls++;
    await Promise.resolve();
    yield* this.before;
    throw this.error;
  }
}
