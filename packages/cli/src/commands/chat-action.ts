import { getProviderByName, resolveModel, type CallOptions, type Provider, type ResolvedModel } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';
import { renderParts } from '../render-parts.js';
import type { TerminalIO } from '../terminal-io.js';
import type { ChatFlags } from './chat.js';

/** The provider and model: a named provider, or the registry's choice (its default where no model is given). */
function route(flags: ChatFlags): ResolvedModel {
  const resolved =
    flags.provider === undefined
      ? resolveModel(flags.model, { hasImage: flags.image.length > 0 })
      : { provider: getProviderByName(flags.provider), model: flags.model ?? '' };
  return flags.baseUrl === undefined ? resolved : { ...resolved, provider: atBaseUrl(resolved.provider, flags.baseUrl) };
}

/** `--protocol` for each Space the call may reach: the provider, or every provider of a chain. */
function protocolOptions(provider: Provider, protocol: ChatFlags['protocol']): CallOptions['providerOptions'] {
  if (protocol === undefined) return undefined;
  const names = (provider.providers ?? [provider]).map((member) => member.name);
  return Object.fromEntries(names.map((name) => [name, { protocol }]));
}

/** What `g4f chat` does: streams the answer to `io.stdout`. */
export async function runChat(words: string[], flags: ChatFlags, io: TerminalIO, signal: AbortSignal): Promise<void> {
  const { provider, model } = route(flags);
  const options: CallOptions & { parts: true } = {
    parts: true,
    media: [...flags.image, ...flags.audio].map((file) => [file] as const),
    apiKey: io.env.HF_TOKEN,
    providerOptions: protocolOptions(provider, flags.protocol),
    timeout: flags.timeout === undefined ? undefined : Number(flags.timeout),
    signal,
  };
  const messages = [{ role: 'user' as const, content: words.join(' ') }];
  await renderParts(provider.createAsyncGenerator(model, messages, options), io, flags.json === true);
}
