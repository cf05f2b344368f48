import type { Provider } from '../provider/provider.js';
import { Token } from './typedi-container.js';

/**
 * Builds providers for a family of model names the registry cannot list, by prefix: a package
 * that can talk to any Gradio Space by its id registers one for `space:`. The registry asks it
 * before its own providers, for models and for provider names alike; fallback chains never see
 * what it builds.
 */
export interface ModelResolver {
  /** The names it takes start with this, any case: "space:". */
  readonly prefix: string;
  /** One line for listings: the name's shape and what it gives ("space:owner/name: any Gradio chat or image Space by its id"). */
  readonly description: string;
  /** The provider for a name with the prefix; its default model is the name. Throws InvalidRequestError for a malformed name. */
  resolve(name: string): Provider;
}

/** The typedi multi-service token of the model resolvers; `registerModelResolver` adds one. */
export const MODEL_RESOLVER_TOKEN = new Token<ModelResolver>('g4f.model-resolvers');
