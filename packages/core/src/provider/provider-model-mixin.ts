import { ModelNotSupportedError } from '../errors/lookup-errors.js';

/** What a provider tells about its models. */
export interface ProviderModels {
  /** The model used when none is named. Always among `getModels()`. */
  readonly defaultModel: string;
  /** The models the provider serves. */
  readonly models: readonly string[];
  /** Other names for models: alias -> model. Every target is among `getModels()`. */
  readonly modelAliases: Readonly<Record<string, string>>;
  /** Models that take images. */
  readonly visionModels: readonly string[];
  /** Models that generate images. */
  readonly imageModels: readonly string[];
  /** Models that stream their thinking as reasoning parts. */
  readonly reasoningModels: readonly string[];
  /** Every model served: the default, the listed, vision and image models, alias targets. */
  getModels(): string[];
  /** The model for a name: empty gives the default, an alias its target; unknown names throw. */
  getModel(name?: string): string;
}

// A TypeScript mixin's constructor type must take `any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AbstractConstructor<T = object> = abstract new (...args: any[]) => T;

/**
 * Adds model lists and name resolution to a provider class, as g4f's ProviderModelMixin does:
 * `class MyProvider extends ProviderModelMixin(AsyncGeneratorProvider) { ... }`.
 * Unlike g4f, the default model and every alias target always count as served models.
 */
export function ProviderModelMixin<TBase extends AbstractConstructor<{ readonly name: string }>>(Base: TBase) {
  abstract class WithModels extends Base implements ProviderModels {
    abstract readonly defaultModel: string;
    abstract readonly models: readonly string[];
    readonly modelAliases: Readonly<Record<string, string>> = {};
    readonly visionModels: readonly string[] = [];
    readonly imageModels: readonly string[] = [];
    readonly reasoningModels: readonly string[] = [];

    getModels(): string[] {
      const all = [this.defaultModel, ...this.models, ...this.visionModels, ...this.imageModels, ...this.reasoningModels];
      return [...new Set([...all, ...Object.values(this.modelAliases)])];
    }

    getModel(name?: string): string {
      const wanted = name?.trim() ?? '';
      if (wanted === '') return this.defaultModel;
      const models = this.getModels();
      if (models.includes(wanted)) return wanted;
      const target = Object.hasOwn(this.modelAliases, wanted) ? this.modelAliases[wanted] : undefined;
      if (target !== undefined) return target;
      throw new ModelNotSupportedError(wanted, [...models, ...Object.keys(this.modelAliases)], {
        provider: this.name,
      });
    }
  }
  return WithModels;
}
