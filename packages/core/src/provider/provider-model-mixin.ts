import { requireModel, servedModels, type ModelCatalog } from './model-catalog.js';

/** A class, abstract or not, whose instances are `T`: what a mixin such as ProviderModelMixin extends. */
// A TypeScript mixin's constructor type must take `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AbstractConstructor<T = object> = abstract new (...args: any[]) => T;

/** The model methods a provider gets from ProviderModelMixin. */
export interface ProviderModels {
  /** Every model served: the default, the listed, vision, image and reasoning models, alias targets. */
  getModels(): string[];
  /** The model for a name: empty gives the default, an alias its target, any case is fine where unambiguous; unknown names throw ModelNotSupportedError. */
  getModel(name?: string): string;
}

/**
 * Adds model name resolution over a provider's catalog, as g4f's ProviderModelMixin does:
 * `class MyProvider extends ProviderModelMixin(AsyncGeneratorProvider) { ... }`.
 * Unlike g4f, the default model and every alias target always count as served models.
 */
// The return type adds only ProviderModels: inferred, it would restate the base's catalog fields,
// and each would then have two declarations (and the reference two comments) in a subclass.
export function ProviderModelMixin<TBase extends AbstractConstructor<ModelCatalog & { readonly name: string }>>(Base: TBase): TBase & AbstractConstructor<ProviderModels> {
  abstract class WithModels extends Base implements ProviderModels {
    getModels(): string[] {
      return servedModels(this);
    }

    getModel(name = ''): string {
      return requireModel(this, name);
    }
  }
  return WithModels;
}
