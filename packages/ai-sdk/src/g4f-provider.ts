import { InvalidArgumentError, NoSuchModelError, type ProviderV3 } from '@ai-sdk/provider';
import { isG4FError } from '@g4f/core';
import { G4FImageModel } from './g4f-image-model.js';
import { G4FLanguageModel } from './g4f-language-model.js';
import type { G4FSettings } from './g4f-settings.js';
import { ModelRoute } from './model-route.js';

/** The AI SDK provider over the g4f registry: `g4f(modelId)` a language model, `g4f.image(modelId)` an image model. */
export interface G4FProvider extends ProviderV3 {
  (modelId: string): G4FLanguageModel;
  languageModel(modelId: string): G4FLanguageModel;
  /** An image model (`flux`, `sd-3.5`, `janus-pro-7b-image`) for `generateImage`. */
  image(modelId: string): G4FImageModel;
  imageModel(modelId: string): G4FImageModel;
}

// An unknown name is the SDK's NoSuchModelError at once, with the registry's suggestions.
function checked(modelId: string, modelType: 'languageModel' | 'imageModel', resolve: () => void): void {
  try {
    resolve();
  } catch (error) {
    if (isG4FError(error)) throw new NoSuchModelError({ modelId, modelType, message: error.message });
    throw error;
  }
}

/**
 * An AI SDK provider whose models are the g4f registry's (models, aliases, provider names; ''
 * the default), with the given token, proxy, timeouts and Space addresses.
 */
export function createG4F(settings: G4FSettings = {}): G4FProvider {
  let route: ModelRoute;
  try {
    route = new ModelRoute(settings.baseUrls);
  } catch (error) {
    throw new InvalidArgumentError({ argument: 'baseUrls', message: error instanceof Error ? error.message : String(error), cause: error });
  }
  const languageModel = (modelId: string): G4FLanguageModel => {
    checked(modelId, 'languageModel', () => route.resolve(modelId));
    return new G4FLanguageModel(modelId, route, settings);
  };
  const imageModel = (modelId: string): G4FImageModel => {
    checked(modelId, 'imageModel', () => {
      const { provider, model } = route.resolve(modelId, { task: 'image' });
      const drawn = model === '' ? provider.defaultModel : provider.getModel(model);
      if (!provider.imageModels.includes(drawn)) {
        throw new NoSuchModelError({ modelId, modelType: 'imageModel', message: `${drawn} does not draw images; image models: ${provider.imageModels.join(', ') || 'none of this provider'} (see listModels(), "gives": ["image"]).` });
      }
    });
    return new G4FImageModel(modelId, route, settings);
  };
  const provider = Object.assign((modelId: string) => languageModel(modelId), {
    specificationVersion: 'v3' as const,
    languageModel,
    image: imageModel,
    imageModel,
    embeddingModel(modelId: string): never {
      throw new NoSuchModelError({ modelId, modelType: 'embeddingModel', message: 'g4f has no embedding models: Spaces chat and draw.' });
    },
  });
  return provider;
}

/** The default provider: every registered model, with `HF_TOKEN` from the environment. */
export const g4f: G4FProvider = createG4F();
