import { InvalidRequestError, ModelNotSupportedError, ProviderNotWorkingError } from '../errors/lookup-errors.js';
import type { ProviderFailure } from '../errors/provider-failure.js';
import { EmptyAnswerError } from '../errors/response-errors.js';
import { allProvidersFailed } from '../errors/retry-provider-error.js';
import type { Messages } from '../types/message.js';
import { isContentPart, type FinishPart, type StreamPart } from '../types/stream-part.js';
import { AsyncGeneratorProvider } from './async-generator-provider.js';
import type { CallOptions } from './call-options.js';
import { combineCatalogs } from './combine-catalogs.js';
import { findModel, modelNames } from './model-catalog.js';
import type { Provider } from './provider.js';
import { ProviderModelMixin } from './provider-model-mixin.js';

/** Options of a fallback chain. */
export interface FallbackOptions {
  /** Try the providers in random order (g4f's default). Default: false, the given order. */
  shuffle?: boolean | undefined;
  /** Extra tries of the same provider after a retryable failure. Default: 0. */
  retriesPerProvider?: number | undefined;
  /** The chain's name, when it is a provider of its own ("HuggingSpace"). Default: "Fallback(A, B)". */
  name?: string | undefined;
  /** The chain's name for people. Default: the providers' labels. */
  label?: string | undefined;
  /** The chain's URL. Default: the first provider's. */
  url?: string | undefined;
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
 * Providers as one (g4f's IterListProvider and RetryProvider; HuggingSpace is one). Its catalog is
 * its providers' catalogs combined, so '' means its first provider's chat model, or with an image
 * its first vision model. A call tries, in turn, the working providers that serve the model. A
 * provider that fails, or answers nothing, before any content reached the caller is skipped and
 * its error kept; once content started, an error propagates. When all fail: one error with each.
 */
export class FallbackProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor(
    /** The providers, in the order they are tried. */
    readonly providers: readonly Provider[],
    private readonly options: FallbackOptions = {},
  ) {
    const [first] = providers;
    if (first === undefined) throw new InvalidRequestError('A fallback chain needs at least one provider.');
    super({
      name: options.name ?? `Fallback(${providers.map((provider) => provider.name).join(', ')})`,
      label: options.label ?? providers.map((provider) => provider.label).join(' / '),
      url: options.url ?? first.url,
      ...combineCatalogs(providers),
    });
  }

  /** The same chain over other providers (local copies, say): `HuggingSpace.withProviders(copies)`. */
  withProviders(providers: readonly Provider[]): FallbackProvider {
    return new FallbackProvider(providers, this.options);
  }

  /**
   * The name as asked, once the combined catalog knows it (or the default for ''): each provider
   * resolves it in its own catalog. Resolved here, an alias two providers give different models
   * (`flux`: FLUX.1-dev's and FLUX.1-schnell's) would name the first's model, which the second
   * does not serve, and the chain would have one provider to try.
   */
  protected override modelForCall(name: string, hasMedia: boolean, hasAudio: boolean): string {
    const resolved = super.modelForCall(name, hasMedia, hasAudio);
    return name.trim() === '' ? resolved : name.trim();
  }

  protected async *streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    const serving = this.providers.filter((provider) => findModel(provider, model) !== undefined);
    // The combined catalog knows the name, so one provider at least does: this guards a chain built by hand.
    if (serving.length === 0) throw new ModelNotSupportedError(model, modelNames(this), { provider: this.name });
    const working = serving.filter((provider) => provider.working);
    if (working.length === 0) throw new ProviderNotWorkingError(serving[0]?.name ?? this.name);
    const { shuffle = false, retriesPerProvider = 0 } = this.options;
    const failures: ProviderFailure[] = [];
    for (const provider of shuffle ? shuffled(working) : working) {
      for (let attempt = 0; attempt <= retriesPerProvider; attempt++) {
        let started = false;
        // An answer's end is passed on only once it had content: an empty answer is a failure.
        let finish: FinishPart | undefined;
        try {
          for await (const part of provider.createAsyncGenerator(model, messages, { ...options, parts: true })) {
            if (!started && typeof part === 'object' && part.type === 'finish') finish = part;
            else {
              started ||= isContentPart(part);
              yield part;
            }
          }
          if (started) {
            if (finish !== undefined) yield finish;
            return;
          }
          failures.push({ provider: provider.name, error: new EmptyAnswerError('the answer had no text and no image.', { provider: provider.name }) });
          break;
        } catch (error) {
          // Content already reached the caller, or the caller gave up: nothing to fall back to.
          if (started || options.signal?.aborted === true) throw error;
          failures.push({ provider: provider.name, error });
          if ((error as { retryable?: unknown }).retryable !== true) break;
        }
      }
    }
    throw allProvidersFailed(failures, this.name);
  }
}
