import { Client } from '@g4f/client';
import type { Provider, ResolveOptions, SharedState } from '@g4f/core';
import type { Context } from 'hono';
import { callerHfToken } from './caller-token.js';
import type { ServerEnv } from './server-env.js';
import type { ServerOptions } from './server-options.js';
import { ServedProviders } from './served-providers.js';
import { SpaceGuard } from './space-guard.js';

/** Where one request goes: a client pinned to the chosen provider, the model to ask it for, and the call's token. */
export interface UpstreamRoute {
  client: Client;
  provider: Provider;
  model: string;
  apiKey: string | undefined;
}

/** The server's way upstream: which provider serves a request, at which address, with whose token. */
export class Upstream {
  readonly served: ServedProviders;
  private readonly guard: SpaceGuard;

  constructor(private readonly options: ServerOptions, state: SharedState) {
    this.served = new ServedProviders(options);
    this.guard = new SpaceGuard(state, options);
  }

  /** Routes a request's model (and pinned provider) and notes both for the request log. */
  route(c: Context<ServerEnv>, model: string, options: ResolveOptions & { provider?: string | undefined } = {}): UpstreamRoute {
    const served = this.served.resolve(model, options);
    // Cooldowns and the Space's slots hold every call, a chain's members each.
    const provider = this.guard.guard(served.provider);
    const resolved = served.model;
    const note = c.get('note');
    note.model = resolved === '' ? provider.defaultModel : resolved;
    note.provider = provider.name;
    const apiKey = callerHfToken(c, this.options) ?? this.options.upstreamApiKey;
    return { client: new Client({ provider, apiKey, proxy: this.options.proxy }), provider, model: resolved, apiKey };
  }
}
