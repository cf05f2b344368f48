import { getProvider, getProviderByName, InvalidRequestError, type Provider } from '@g4f/core';
import { hfSpaceProviders, HuggingSpace, type GradioProtocol, type SpaceCallOptions } from '@g4f/provider-hf-space';
import { Command, Option } from 'commander';
import { renderParts } from '../render-parts.js';
import type { TerminalIO } from '../terminal-io.js';

interface ChatFlags {
  model?: string;
  image: string[];
  provider?: string;
  baseUrl?: string;
  protocol?: GradioProtocol;
  json?: boolean;
  timeout?: string;
}

function chooseProvider(flags: ChatFlags, model: string): Provider {
  const provider = flags.provider === undefined ? getProvider(model) : getProviderByName(flags.provider);
  if (flags.baseUrl === undefined) return provider;
  const configurable = provider as Provider & { withSettings?: (settings: { baseUrl: string }) => Provider };
  if (typeof configurable.withSettings !== 'function') {
    throw new InvalidRequestError(`--base-url needs one Space provider, and "${model}" is served by ${provider.name}; pick one with --provider.`);
  }
  return configurable.withSettings({ baseUrl: flags.baseUrl });
}

/** `g4f chat`: streams a model's answer to stdout. */
export function chatCommand(io: TerminalIO, signal: AbortSignal): Command {
  return new Command('chat')
    .description('ask a model and stream its answer to stdout (HF_TOKEN from the environment, if set)')
    .argument('<prompt...>', 'the question')
    .option('-m, --model <model>', 'a model name or alias (see "g4f models"); default: a vision model with --image, else a chat model')
    .option('-i, --image <file>', 'an image to send with the prompt (repeatable)', (file: string, files: string[]) => [...files, file], [])
    .option('-p, --provider <name>', 'a provider by name, instead of finding one by model')
    .option('--base-url <url>', "another address of the provider's Space (a duplicate or a local one)")
    .addOption(new Option('--protocol <protocol>', 'the Gradio protocol').choices(['auto', 'queue', 'call']))
    .option('--timeout <ms>', 'milliseconds the whole answer may take')
    .option('--json', 'one JSON line per part (text, reasoning, progress, images) instead of text')
    .action(async (words: string[], flags: ChatFlags) => {
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
    });
}
