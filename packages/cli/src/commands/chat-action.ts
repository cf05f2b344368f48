import { getProvider, getProviderByName, type Provider } from '@g4f/core';
import { atBaseUrl, hfSpaceProviders, HuggingSpace, type SpaceCallOptions } from '@g4f/provider-hf-space';
import { renderParts } from '../render-parts.js';
import type { TerminalIO } from '../terminal-io.js';
import type { ChatFlags } from './chat.js';

function chooseProvider(flags: ChatFlags, model: string): Provider {
  const provider = flags.provider === undefined ? getProvider(model) : getProviderByName(flags.provider);
  return flags.baseUrl === undefined ? provider : atBaseUrl(provider, flags.baseUrl);
}

/** What `g4f chat` does: streams the answer to `io.stdout`. */
export async function runChat(words: string[], flags: ChatFlags, io: TerminalIO, signal: AbortSignal): Promise<void> {
  const defaults = new HuggingSpace(hfSpaceProviders);
  const model = flags.model ?? (flags.image.length > 0 ? defaults.defaultVisionModel : defaults.defaultModel);
  const provider = chooseProvider(flags, model);
  const options: SpaceCallOptions & { parts: true } = {
    parts: true,
    media: flags.image.map((file) => [file] as const),
    apiKey: io.env.HF_TOKEN,
    protocol: flags.protocol,
    timeout: flags.timeout === undefined ? undefined : Number(flags.timeout),
    signal,
  };
  const messages = [{ role: 'user' as const, content: words.join(' ') }];
  await renderParts(provider.createAsyncGenerator(model, messages, options), io, flags.json === true);
}
