import {
  AsyncGeneratorProvider,
  combineModels,
  extractMedia,
  FallbackProvider,
  ProviderModelMixin,
  type Messages,
  type Provider,
  type StreamPart,
} from '@g4f/core';
import type { SpaceCallOptions } from './space-call-options.js';

/** Options of the HuggingSpace aggregator. */
export interface HuggingSpaceOptions {
  /** Try the Spaces that serve a model in the given order, or shuffled as g4f does. Default: "given". */
  order?: 'given' | 'shuffle';
  /** Extra tries of one Space after a retryable failure. Default: 0. */
  retriesPerProvider?: number;
}

const PREFERRED_TEXT = ['qwen-qwen2-5-max', 'qwen3-235b-a22b'];
const PREFERRED_VISION = ['qwen-qvq-72b-preview'];

function preferred(wanted: readonly string[], served: readonly string[], fallback: string): string {
  return wanted.find((model) => served.includes(model)) ?? served[0] ?? fallback;
}

/**
 * Every Hugging Face Space provider as one: for a model or alias it tries each Space that serves
 * it, falls back before the first content, and raises one error listing each Space's failure.
 * An empty model name picks the default model, or with an image the default vision model; both
 * are always served by some Space (g4f's default vision model once matched none).
 */
export class HuggingSpace extends ProviderModelMixin(AsyncGeneratorProvider<SpaceCallOptions>) {
  readonly name = 'HuggingSpace';
  readonly label = 'Hugging Face Spaces';
  readonly url = 'https://huggingface.co/spaces';
  override readonly defaultModel: string;
  /** The model for an empty model name with an image. */
  readonly defaultVisionModel: string;
  override readonly models: readonly string[];
  override readonly modelAliases: Readonly<Record<string, string>>;
  override readonly visionModels: readonly string[];
  override readonly imageModels: readonly string[];
  override readonly reasoningModels: readonly string[];

  constructor(
    readonly providers: readonly Provider[],
    private readonly options: HuggingSpaceOptions = {},
  ) {
    super();
    ({
      models: this.models,
      modelAliases: this.modelAliases,
      visionModels: this.visionModels,
      imageModels: this.imageModels,
      reasoningModels: this.reasoningModels,
    } = combineModels(providers));
    const textModels = this.models.filter((model) => !this.imageModels.includes(model));
    this.defaultModel = preferred(PREFERRED_TEXT, textModels, providers[0]?.defaultModel ?? '');
    this.defaultVisionModel = preferred(PREFERRED_VISION, this.visionModels, this.defaultModel);
  }

  /** The Spaces that serve a model name or alias, in the order they are tried. */
  providersFor(model: string): Provider[] {
    const resolved = this.getModel(model);
    return this.providers.filter((provider) => provider.getModels().includes(resolved) || Object.hasOwn(provider.modelAliases, model));
  }

  protected async *streamParts(model: string, messages: Messages, options: SpaceCallOptions): AsyncIterable<StreamPart> {
    const hasImage = (options.media?.length ?? 0) > 0 || extractMedia(messages).length > 0;
    const wanted = model.trim() !== '' ? model : hasImage ? this.defaultVisionModel : this.defaultModel;
    const chain = new FallbackProvider(this.providersFor(wanted), {
      shuffle: this.options.order === 'shuffle',
      retriesPerProvider: this.options.retriesPerProvider,
    });
    yield* chain.createAsyncGenerator(wanted, messages, { ...options, parts: true });
  }
}
