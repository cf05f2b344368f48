import { getProviderByName, getRegistry, InvalidRequestError, listModels, listModelsOf, ModelNotFoundError, ProviderNotFoundError, resolveModel, type ModelListing, type Provider, type CallOptions, type ResolvedModel, type ResolveOptions } from '@g4f/core';
import { AnySpaceProvider, atBaseUrl } from '@g4f/provider-hf-space';
import type { ServerOptions } from './server-options.js';

// A Space that could not be described (asleep, gone, unmappable) is not asked again for a minute,
// so that it does not slow every model list down.
const RETRY_DESCRIPTION_MS = 60_000;

/** How a Space's description is read for the model list: the server's token, its proxy, a signal, its store. */
export type DescribeOptions = Pick<CallOptions, 'apiKey' | 'proxy' | 'signal' | 'sharedState'>;

/** A model some provider serves, but none this server was configured for. */
export class ModelNotServedError extends ModelNotFoundError {
  constructor(model: string, servedBy: readonly string[], served: readonly string[]) {
    super(model, []);
    this.message = `Model "${model}" is served by ${servedBy.join(', ')}, which this server does not serve; it serves ${served.join(', ')} (see GET /v1/models).`;
  }
}

/** A name only a model resolver builds (`space:owner/name`), which this server was not given an address for. */
export class UnconfiguredSpaceError extends ModelNotFoundError {
  constructor(model: string, host: string) {
    super(model, []);
    this.message = `Model "${model}" names a Space by its id, which this server serves only when started with its address (else any Space a caller names would get the server's token): g4f serve --space ${model}=${host}.`;
  }
}

/** Whether a model resolver builds the provider of this name (`space:owner/name`): no registered provider serves it. */
function namedByResolver(name: string): boolean {
  return getRegistry().resolvers().some((resolver) => name.trim().toLowerCase().startsWith(resolver.prefix.toLowerCase()));
}

function checkedUrl(name: string, url: string): string {
  if (!/^https?:\/\/[^/]/i.test(url)) throw new InvalidRequestError(`The address of ${name} must be an http(s) URL, not "${url}".`);
  return url;
}

/**
 * The providers this server serves, and where each request goes: the registry's route, narrowed to
 * the configured Spaces at their addresses. With no `spaces`, every registered provider is served,
 * at `baseUrl` when one is given.
 */
export class ServedProviders {
  /** When a Space that could not be described may be asked again, by provider name. */
  private readonly failedDescriptions = new Map<string, number>();

  /** The configured providers at their addresses, by name; undefined: all, at their own Spaces. */
  private readonly configured: ReadonlyMap<string, Provider> | undefined;

  constructor(private readonly options: Pick<ServerOptions, 'baseUrl' | 'spaces'>) {
    const { spaces, baseUrl } = options;
    if (spaces === undefined || Object.keys(spaces).length === 0) {
      this.configured = undefined;
      return;
    }
    if (baseUrl !== undefined) throw new InvalidRequestError('Give either one base URL for every provider or an address per provider (spaces), not both.');
    this.configured = new Map(Object.entries(spaces).map(([name, url]) => {
      const provider = getProviderByName(name);
      return [provider.name, atBaseUrl(provider, checkedUrl(provider.name, url))];
    }));
  }

  /** Where a request goes; a model no configured provider serves is a ModelNotFoundError (404). */
  resolve(model: string, options: ResolveOptions & { provider?: string | undefined } = {}): ResolvedModel {
    const { configured } = this;
    if (configured === undefined) {
      // The server's token must not go to a Space a caller picks; an operator's --base-url is theirs.
      const named = options.provider ?? model;
      if (this.options.baseUrl === undefined && namedByResolver(named)) {
        throw new UnconfiguredSpaceError(named.trim(), getProviderByName(named).url);
      }
      const resolved = options.provider === undefined ? resolveModel(model, options) : { provider: getProviderByName(options.provider), model };
      return this.options.baseUrl === undefined ? resolved : { ...resolved, provider: atBaseUrl(resolved.provider, this.options.baseUrl) };
    }
    const served = [...configured.values()];
    if (options.provider !== undefined) {
      const pinned = configured.get(getProviderByName(options.provider).name);
      if (pinned === undefined) throw new ProviderNotFoundError(options.provider, [...configured.keys()]);
      return { provider: pinned, model };
    }
    const resolved = resolveModel(model.trim() === '' ? this.defaultModel(options) : model, options);
    const members = resolved.provider.providers ?? [resolved.provider];
    const chosen = members.flatMap((member) => configured.get(member.name) ?? []);
    const [first, second] = chosen;
    if (first === undefined) {
      // A Space named by its id is served only at an address the server was given.
      if (namedByResolver(model)) throw new UnconfiguredSpaceError(resolved.provider.name, resolved.provider.url);
      throw new ModelNotServedError(model, members.map((member) => member.name), served.map((provider) => provider.name));
    }
    if (second === undefined) return { provider: first, model: resolved.model };
    // Several configured Spaces serve it: the same chain, over the configured copies.
    const chain = resolved.provider as Provider & { withProviders?: (providers: Provider[]) => Provider };
    return { provider: chain.withProviders?.(chosen) ?? first, model: resolved.model };
  }

  /**
   * The models this server can serve, each with the configured providers that serve it. A Space
   * configured by its id (`space:owner/name`) is in no registry listing: it is listed as its
   * description shows it (what it takes and gives), read with `describe`'s token, proxy and signal;
   * where that fails, as the provider counts it until described, and `undescribed` hears why.
   */
  async listings(describe: DescribeOptions = {}, undescribed?: (provider: string, error: unknown) => void): Promise<ModelListing[]> {
    const { configured } = this;
    if (configured === undefined) return listModels();
    const registered = listModels().flatMap((listing) => {
      const providers = listing.providers.filter((name) => configured.has(name));
      return providers.length === 0 ? [] : [{ ...listing, providers }];
    });
    const listed = new Set(registered.flatMap((listing) => listing.providers));
    const bySpaceId = [...configured.values()].filter((provider): provider is AnySpaceProvider => provider instanceof AnySpaceProvider && !listed.has(provider.name));
    const described = await Promise.all(
      bySpaceId.map(async (provider) => {
        if ((this.failedDescriptions.get(provider.name) ?? 0) > Date.now()) return provider;
        try {
          return await provider.described(describe);
        } catch (error) {
          this.failedDescriptions.set(provider.name, Date.now() + RETRY_DESCRIPTION_MS);
          undescribed?.(provider.name, error);
          return provider;
        }
      }),
    );
    return [...registered, ...listModelsOf(described)];
  }

  // '' is the default of the configured providers, as the registry orders them.
  private defaultModel(options: ResolveOptions): string {
    const defaults = getRegistry().defaults([...(this.configured?.values() ?? [])]);
    const kind = options.task === 'image' ? 'image' : options.hasImage === true ? 'vision' : 'chat';
    return defaults[kind] ?? (kind === 'vision' ? defaults.chat : undefined) ?? '';
  }
}
