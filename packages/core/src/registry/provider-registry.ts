import { InvalidRequestError, ModelNotFoundError, ProviderNotFoundError, ProviderNotWorkingError } from '../errors/lookup-errors.js';
import type { CallOptions } from '../provider/call-options.js';
import { defaultModels, type DefaultModels } from '../provider/combine-catalogs.js';
import { FallbackProvider } from '../provider/fallback-provider.js';
import { findModel, modelNames, type ModelKind } from '../provider/model-catalog.js';
import type { Provider } from '../provider/provider.js';
import { MODEL_RESOLVER_TOKEN, type ModelResolver } from './model-resolver.js';
import { routeModel } from './route-model.js';
import { listModelsOf, type ModelListing } from './model-listing.js';
import { nearMatches } from './near-matches.js';
import { PROVIDER_TOKEN } from './provider-token.js';
import { RegistrySettings } from './registry-settings.js';
import { Container, Service } from './typedi-container.js';

/** What a call carries that decides the default model. */
export interface ResolveOptions {
  /** The call carries an image: '' means the default vision model. Default: false. */
  hasImage?: boolean | undefined;
  /** The call asks for an image to be drawn: '' means the default image model. Default: "chat". */
  task?: 'chat' | 'image' | undefined;
}

/** A provider and the model name to ask it for ('' where a provider was named: its default). */
export interface ResolvedModel {
  /** The provider, or a fallback chain where several serve the model. */
  provider: Provider;
  /** The name to pass to its `createAsyncGenerator`. */
  model: string;
}

/**
 * The one router: turns a model name, an alias, g4f's id, a provider name or '' into a provider
 * (a fallback chain where several serve the model) and a model. Providers come from typedi
 * (`PROVIDER_TOKEN`); one registered again under the same name replaces the earlier in its place.
 */
@Service()
export class ProviderRegistry {
  constructor(
    /** The defaults (`defaultModels`) this registry uses, injected by typedi. */
    readonly settings: RegistrySettings,
  ) {}

  /** Every registered provider, in registration order, chains such as HuggingSpace included. */
  all(): Provider[] {
    const byName = new Map<string, Provider>();
    for (const provider of Container.getMany(PROVIDER_TOKEN)) byName.set(provider.name, provider);
    return [...byName.values()];
  }

  /** The registered model resolvers, each prefix once (the last registered wins). */
  resolvers(): ModelResolver[] {
    const byPrefix = new Map<string, ModelResolver>();
    for (const resolver of Container.getMany(MODEL_RESOLVER_TOKEN)) byPrefix.set(resolver.prefix.toLowerCase(), resolver);
    return [...byPrefix.values()];
  }

  /** The providers that answer themselves: the registered ones, and the members of registered chains. */
  answering(): Provider[] {
    const byName = new Map<string, Provider>();
    const add = (provider: Provider): void => {
      if (provider.providers === undefined) {
        if (!byName.has(provider.name)) byName.set(provider.name, provider);
      } else provider.providers.forEach(add);
    };
    const all = this.all();
    all.filter((provider) => provider.providers === undefined).forEach(add);
    all.forEach(add);
    return [...byName.values()];
  }

  /** The model an empty name means, by kind: the settings', else the first registered provider's. */
  defaults(answering = this.answering()): DefaultModels {
    return { ...defaultModels(answering), ...this.settings.defaultModels };
  }

  /** The provider with this name (trimmed, any case), a chain over the registered versions of its providers; throws ProviderNotFoundError. */
  getProviderByName(name: string): Provider {
    const found = this.findByName(name);
    if (found === undefined) throw new ProviderNotFoundError(name, this.all().map((provider) => provider.name));
    return found;
  }

  /**
   * Where a call goes. A model or alias (trimmed; any case where unambiguous) gives the working
   * providers that serve it, as one chain where several do; a provider's name gives that provider
   * and its default; '' gives the default model for the call. Throws ModelNotFoundError with near
   * matches, or ProviderNotWorkingError when only broken providers serve the model.
   */
  resolve(model: string | undefined, options: ResolveOptions = {}): ResolvedModel {
    const built = this.fromResolver(model ?? '');
    if (built !== undefined) return { provider: built, model: built.defaultModel };
    const kind: ModelKind = options.task === 'image' ? 'image' : options.hasImage === true ? 'vision' : 'chat';
    const answering = this.answering();
    const route = routeModel(answering, { model, kind }, this.defaults(answering));
    const named = route.providers.length === 0 ? this.findByName(route.model) : undefined;
    if (named !== undefined) return { provider: named, model: '' };
    const working = route.providers.filter((provider) => provider.working);
    const [first, second] = working;
    if (first === undefined) {
      const [broken] = route.providers;
      if (broken !== undefined) throw new ProviderNotWorkingError(broken.name);
      const names = answering.flatMap((provider) => modelNames(provider));
      throw new ModelNotFoundError(route.model, nearMatches(route.model, [...new Set(names)]));
    }
    if (second === undefined) return { provider: first, model: findModel(first, route.model) ?? route.model };
    // The name as asked: each provider of the chain resolves it in its own catalog.
    return { provider: new FallbackProvider(working, this.settings), model: route.model };
  }

  /**
   * Throws InvalidRequestError when `providerOptions` is keyed by a name that is no provider here
   * nor among `also` (the call's own provider): each provider reads only its own entry, so a
   * misspelt name would otherwise be ignored without a word.
   */
  checkProviderOptions(providerOptions: CallOptions['providerOptions'], also: readonly Provider[] = []): void {
    const providers = [...this.all(), ...this.answering(), ...also.flatMap((provider) => [provider, ...(provider.providers ?? [])])];
    const known = new Set(providers.map((provider) => provider.name));
    const unknown = Object.keys(providerOptions ?? {}).filter((name) => !known.has(name));
    if (unknown.length === 0) return;
    const hints = unknown.map((name) => `"${name}"${nearMatches(name, [...known], 1).map((match) => ` (did you mean "${match}"?)`).join('')}`);
    throw new InvalidRequestError(`providerOptions names no provider: ${hints.join(', ')}. Its keys are provider names: ${[...known].join(', ')}.`);
  }

  /** Every model with its aliases, the providers that serve it and what it can do. */
  listModels(): ModelListing[] {
    return listModelsOf(this.answering());
  }

  // A name a resolver takes (`space:owner/name`) is built, never looked up among the registered.
  private fromResolver(name: string): Provider | undefined {
    const lower = name.trim().toLowerCase();
    const resolver = this.resolvers().find((candidate) => lower.startsWith(candidate.prefix.toLowerCase()));
    return resolver?.resolve(name.trim());
  }

  private findByName(name: string): Provider | undefined {
    const built = this.fromResolver(name);
    if (built !== undefined) return built;
    const lower = name.trim().toLowerCase();
    const found = this.all().find((provider) => provider.name.toLowerCase() === lower);
    return found === undefined ? undefined : this.withRegisteredMembers(found);
  }

  // A provider registered again under its name (a local copy, say) replaces it in chains too.
  private withRegisteredMembers(provider: Provider): Provider {
    const { providers } = provider;
    const rebuild = (provider as Partial<Pick<FallbackProvider, 'withProviders'>>).withProviders;
    if (providers === undefined || rebuild === undefined) return provider;
    const registered = new Map(this.all().map((candidate) => [candidate.name, candidate]));
    const current = providers.map((member) => registered.get(member.name) ?? member);
    return current.every((member, index) => member === providers[index]) ? provider : rebuild.call(provider, current);
  }
}
