import type { ModelKind } from '../provider/model-catalog.js';
import { Service } from './typedi-container.js';

/** How the registry picks defaults and builds fallback chains; change the instance in the container to tune it. */
@Service()
export class RegistrySettings {
  /** Try the providers of a model in random order, as g4f does. Default: false. */
  shuffle = false;
  /** Extra tries of one provider after a retryable failure. Default: 0. */
  retriesPerProvider = 0;
  /**
   * The model an empty model name means, by what the call is for: text (`chat`), a question about
   * an image (`vision`), or drawing (`image`). Default: of each kind, the first registered provider's.
   */
  defaultModels: Partial<Record<ModelKind, string>> = {};
}
