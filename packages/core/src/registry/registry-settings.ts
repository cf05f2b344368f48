import { Service } from 'typedi';

/** How the registry builds fallback chains; change the instance in the container to tune it. */
@Service()
export class RegistrySettings {
  /** Try the providers of a model in random order, as g4f does. Default: false. */
  shuffle = false;
  /** Extra tries of one provider after a retryable failure. Default: 0. */
  retriesPerProvider = 0;
}
