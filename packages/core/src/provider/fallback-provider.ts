import { InvalidRequestError } from '../errors/lookup-errors.js';
import { RetryProviderError, type ProviderFailure } from '../errors/retry-provider-error.js';
import type { Messages } from '../types/message.js';
import { isContentPart, type StreamPart } from '../types/stream-part.js';
import { AsyncGeneratorProvider } from './async-generator-provider.js';
import { combineModels } from './combine-models.js';
import type { Provider } from './provider.js';
import { ProviderModelMixin } from './provider-model-mixin.js';
import type { ProviderOptions } from './provider-options.js';

/** Options of a fallback chain. */
export interface FallbackOptions {
  /** Try the providers in random order (g4f's default). Default: false, the given order. */
  shuffle?: boolean | undefined;
  /** Extra tries of the same provider after a retryable failure. Default: 0. */
  retriesPerProvider?: number | undefined;
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/**
 * Tries providers in turn (g4f's IterListProvider and RetryProvider). A provider that fails
 * before any content reached the caller is skipped and its error kept; once content started,
 * an error propagates. When every provider failed: RetryProviderError with each cause.
 */
export class FallbackProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  readonly name: string;
  readonly label: string;
  readonly url: string;
  readonly defaultModel: string;
  readonly models: readonly string[];
  override readonly modelAliases: Readonly<Record<string, string>>;
  override readonly visionModels: readonly string[];
  override readonly imageModels: readonly string[];
  override readonly reasoningModels: readonly string[];

  constructor(
    readonly providers: readonly Provider[],
    private readonly fallbackOptions: FallbackOptions = {},
  ) {
    super();
    const [first] = providers;
    if (first === undefined) throw new InvalidRequestError('A fallback chain needs at least one provider.');
    this.name = `Fallback(${providers.map((provider) => provider.name).join(', ')})`;
    this.label = providers.map((provider) => provider.label).join(' / ');
    this.url = first.url;
    this.defaultModel = first.defaultModel;
    ({
      models: this.models,
      modelAliases: this.modelAliases,
      visionModels: this.visionModels,
      imageModels: this.imageModels,
      reasoningModels: this.reasoningModels,
    } = combineModels(providers));
  }

  protected async *streamParts(model: string, messages: Messages, options: ProviderOptions): AsyncIterable<StreamPart> {
    const { shuffle = false, retriesPerProvider = 0 } = this.fallbackOptions;
    const order = shuffle ? shuffled(this.providers) : this.providers;
    const failures: ProviderFailure[] = [];
    for (const provider of order) {
      for (let attempt = 0; attempt <= retriesPerProvider; attempt++) {
        let started = false;
        try {
          for await (const part of provider.createAsyncGenerator(model, messages, { ...options, parts: true })) {
            started ||= isContentPart(part);
            yield part;
          }
          return;
        } catch (error) {
          // Content already reached the caller, or the caller gave up: nothing to fall back to.
          if (started || options.signal?.aborted === true) throw error;
          failures.push({ provider: provider.name, error });
          const retryable = (error as { retryable?: unknown }).retryable === true;
          if (!retryable) break;
        }
      }
    }
    throw new RetryProviderError(failures);
  }
}
