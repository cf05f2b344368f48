import { UnsupportedFunctionalityError, type LanguageModelV3CallOptions, type SharedV3ProviderOptions, type SharedV3Warning } from '@ai-sdk/provider';
import type { CallOptions, Provider } from '@g4f/core';
import type { G4FSettings } from './g4f-settings.js';
import { toolsRefused } from './convert-prompt.js';

/** The key of this provider's entry in the AI SDK's `providerOptions`. */
export const PROVIDER_OPTIONS_KEY = 'g4f';

/**
 * `providerOptions.g4f` of a call, the Space's own settings (`{ thinkingBudget: 2000 }`,
 * `{ steps: 30 }`), given to every provider of the route, each checking them against its schema.
 */
export function spaceSettings(provider: Provider, providerOptions: SharedV3ProviderOptions | undefined, extra: Record<string, unknown> = {}): CallOptions['providerOptions'] {
  const given = { ...providerOptions?.[PROVIDER_OPTIONS_KEY], ...extra };
  if (Object.keys(given).length === 0) return undefined;
  return Object.fromEntries((provider.providers ?? [provider]).map((member) => [member.name, given]));
}

/** The settings every call shares: the token (HF_TOKEN by default), proxy and timeouts. */
export function sharedOptions(settings: G4FSettings): Pick<CallOptions, 'apiKey' | 'proxy' | 'timeout' | 'idleTimeout'> {
  return { apiKey: settings.apiKey ?? process.env.HF_TOKEN, proxy: settings.proxy, timeout: settings.timeout, idleTimeout: settings.idleTimeout };
}

// Sampling settings no Space takes: accepted, as OpenAI's client does here, and said in a warning.
const UNUSED_SETTINGS = ['topP', 'topK', 'presencePenalty', 'frequencyPenalty'] as const;

/**
 * A language model call's options in g4f's terms, and warnings for the settings no Space uses.
 * Tools and JSON output are refused with UnsupportedFunctionalityError: no Space gives either.
 */
export function languageCallOptions(options: LanguageModelV3CallOptions, provider: Provider, settings: G4FSettings): { call: CallOptions; warnings: SharedV3Warning[] } {
  if ((options.tools?.length ?? 0) > 0) throw toolsRefused(`Tools (${options.tools?.map((tool) => tool.name).join(', ') ?? ''})`);
  if (options.toolChoice !== undefined && options.toolChoice.type !== 'auto' && options.toolChoice.type !== 'none') throw toolsRefused('A tool choice');
  if (options.responseFormat?.type === 'json') {
    throw new UnsupportedFunctionalityError({ functionality: 'JSON response format', message: 'Spaces answer in free text: g4f models give no structured (JSON) output.' });
  }
  const warnings: SharedV3Warning[] = UNUSED_SETTINGS.filter((name) => options[name] !== undefined).map((feature) => ({
    type: 'unsupported',
    feature,
    details: 'No Space takes it; it was not used.',
  }));
  const call: CallOptions = {
    ...sharedOptions(settings),
    signal: options.abortSignal,
    temperature: options.temperature,
    maxTokens: options.maxOutputTokens,
    stop: options.stopSequences,
    seed: options.seed,
    providerOptions: spaceSettings(provider, options.providerOptions),
  };
  return { call, warnings };
}
