import { Client } from '@g4f/client';
import type { Provider, ResolveOptions } from '@g4f/core';
import type { Context } from 'hono';
import { callerHfToken } from './caller-token.js';
import type { ServerEnv } from './server-env.js';
import type { ServerOptions } from './server-options.js';
import { ServedProviders } from './served-providers.js';

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

  constructor(private readonly options: ServerOptions) {
    this.served = new ServedProviders(options);
  }

  /** Routes a request's model (and pinned provider) and notes both for the request log. */
  route(c: Context<ServerEnv>, model: string, options: ResolveOptions & { provider?: string | undefined } = {}): UpstreamRoute {
    const { provider, model: resolved } = this.served.resolve(model, options);
    const note = c.get('note');
    note.model = resolved === '' ? provider.defaultModel : resolved;
    note.provider = provider.name;
    const apiKey = callerHfToken(c, this.options) ?? this.options.upstreamApiKey;
    return { client: new Client({ provider, apiKey, proxy: this.options.proxy }), provider, model: resolved, apiKey };
  }
}
