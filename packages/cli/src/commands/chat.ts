import type { GradioProtocol } from '@g4f/provider-hf-space';
import { Command, Option } from 'commander';
import { collectSetting } from '../options/setting-option.js';
import { parseMilliseconds } from '../options/whole-number-options.js';
import type { TerminalIO } from '../terminal-io.js';

/** The options of `g4f chat`, as commander gives them. */
export interface ChatFlags {
  model?: string;
  image?: string[];
  audio?: string[];
  provider?: string;
  baseUrl?: string;
  protocol?: GradioProtocol;
  option?: Record<string, unknown>;
  json?: boolean;
  timeout?: number;
  conversation?: string;
}

// A repeatable file option: no default given to commander, so that --help shows none.
const collectFiles = (file: string, files: string[] = []): string[] => [...files, file];

/** `g4f chat`: streams a model's answer to stdout. */
export function chatCommand(io: TerminalIO, signal: AbortSignal): Command {
  return new Command('chat')
    .description('ask a model and stream its answer to stdout (HF_TOKEN from the environment, if set)')
    .argument('[prompt...]', 'the question; without it, read from stdin')
    .option('-m, --model <model>', 'a model name or alias (see "g4f models"); default: a vision model with --image, else a chat model')
    .option('-i, --image <file>', 'an image to send with the prompt (repeatable)', collectFiles)
    .option('--audio <file>', 'a recording (WAV, MP3, OGG, FLAC, WebM) to send with the prompt, to a model that takes audio such as phi-4 (repeatable)', collectFiles)
    .option('-p, --provider <name>', 'a provider by name, instead of finding one by model')
    .option('--base-url <url>', "another address of the Space of -m or -p (a duplicate or a local one)")
    .addOption(new Option('--protocol <protocol>', 'the Gradio protocol').choices(['auto', 'queue', 'call']))
    .option('-o, --option <name=value>', "one of the provider's own settings (providerOptions in code), like width=512; the value read as JSON where it is (repeatable)", collectSetting)
    .option('--timeout <ms>', 'milliseconds the whole answer may take', parseMilliseconds)
    .option('-c, --conversation <file>', 'keep the conversation in this JSON file: continue the one it holds, where the Space keeps one (Command, Qwen3), and write it back')
    .option('--json', 'one JSON line per part (text, reasoning, progress, images) instead of text')
    .addHelpText(
      'after',
      `
Examples:
  g4f chat -i cat.jpg "What is in this picture?"
  g4f chat -m qwen-3-235b "Explain ZeroGPU in one line"
  g4f chat -m qvq-72b --base-url http://127.0.0.1:7860 -i cat.jpg "Describe it"
  g4f chat -m flux-dev -o width=512 -o height=512 "a lighthouse at dusk"
  echo "Hello" | g4f chat --json`,
    )
    .action(async (words: string[], flags: ChatFlags) => {
      // The providers load only when a command runs, so that `g4f --help` starts fast.
      const { runChat } = await import('./chat-action.js');
      await runChat(words, flags, io, signal);
    });
}
