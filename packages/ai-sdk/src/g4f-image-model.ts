import { UnsupportedFunctionalityError, type ImageModelV3, type ImageModelV3CallOptions, type SharedV3Warning } from '@ai-sdk/provider';
import { Images } from '@g4f/client';
import { sharedOptions, spaceSettings } from './call-options.js';
import type { G4FSettings } from './g4f-settings.js';
import { PROVIDER_ID } from './g4f-language-model.js';
import type { ModelRoute } from './model-route.js';
import { toAISDKError } from './to-ai-sdk-error.js';

type ImageResult = Awaited<ReturnType<ImageModelV3['doGenerate']>>;

/** An image model of the g4f registry as an AI SDK image model (spec v3): `generateImage({ model: g4f.image('flux'), prompt })`. */
export class G4FImageModel implements ImageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = PROVIDER_ID;
  // A Space draws one image a call; the SDK sends one call per image asked for.
  readonly maxImagesPerCall = 1;

  /**
   * Made by `g4f.image(modelId)` or `createG4F(settings).image(modelId)`, which check the model id and share one route.
   * @internal
   */
  constructor(
    /** The name it was asked for, as given to `g4f(modelId)`. */
    readonly modelId: string,
    private readonly route: ModelRoute,
    private readonly settings: G4FSettings,
  ) {}

  /**
   * Draws the prompt through the client's `images.generate` (the same checks and download):
   * `size` becomes the Space's width and height, `aspectRatio` and `providerOptions.g4f` its own settings.
   */
  async doGenerate(options: ImageModelV3CallOptions): Promise<ImageResult> {
    if ((options.files?.length ?? 0) > 0 || options.mask !== undefined) {
      throw new UnsupportedFunctionalityError({ functionality: 'image editing', message: 'The image Spaces draw from a prompt only: they take no input image nor mask.' });
    }
    const requestBodyValues = { model: this.modelId, prompt: options.prompt, size: options.size, aspectRatio: options.aspectRatio, seed: options.seed };
    const failed = { modelId: this.modelId, modelType: 'imageModel' as const, url: '', requestBodyValues };
    try {
      const { provider, model } = this.route.resolve(this.modelId, { task: 'image' });
      failed.url = provider.url;
      const aspectRatio = options.aspectRatio === undefined ? {} : { aspectRatio: options.aspectRatio };
      const answer = await new Images({ ...sharedOptions(this.settings), provider }).generate({
        prompt: options.prompt ?? '',
        model,
        size: options.size,
        seed: options.seed,
        response_format: 'b64_json',
        provider_options: spaceSettings(provider, options.providerOptions, aspectRatio),
        signal: options.abortSignal,
      });
      const images = answer.data.flatMap((image) => image.b64_json ?? []);
      const warnings: SharedV3Warning[] = [];
      return {
        images,
        warnings,
        providerMetadata: { g4f: { images: answer.data.map(() => ({ provider: answer.provider, model: answer.model })) } },
        response: { timestamp: new Date(answer.created * 1000), modelId: answer.model, headers: undefined },
      };
    } catch (error) {
      throw toAISDKError(error, failed);
    }
  }
}
