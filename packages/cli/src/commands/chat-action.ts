import { getProviderByName, InvalidRequestError, resolveModel, type CallOptions, type Conversation, type Provider, type ResolvedModel } from '@g4f/core';
import { atBaseUrl } from '@g4f/provider-hf-space';
import { callerPath } from '../caller-path.js';
import { keepConversation, readConversationFile, writeConversationFile } from '../conversation-file.js';
import { readPrompt } from '../read-prompt.js';
import { renderParts } from '../render-parts.js';
import type { TerminalIO } from '../terminal-io.js';
import type { ChatFlags } from './chat.js';

/** The provider and model: a named provider, or the registry's choice (its default where no model is given). */
function route(flags: ChatFlags): ResolvedModel {
  // The default model is one Space; another Space at --base-url would get the wrong protocol.
  if (flags.baseUrl !== undefined && flags.model === undefined && flags.provider === undefined) {
    throw new InvalidRequestError('--base-url says where a Space is, not which one: add -m MODEL (a space:owner/name, or a model of "g4f models") or -p PROVIDER.');
  }
  const resolved =
    flags.provider === undefined
      ? resolveModel(flags.model, { hasImage: (flags.image?.length ?? 0) > 0 })
      : { provider: getProviderByName(flags.provider), model: flags.model ?? '' };
  return flags.baseUrl === undefined ? resolved : { ...resolved, provider: atBaseUrl(resolved.provider, flags.baseUrl) };
}

/** `--protocol` and each `--option` for every Space the call may reach: the provider, or every provider of a chain. */
function providerOptions(provider: Provider, flags: ChatFlags): CallOptions['providerOptions'] {
  const settings = { ...flags.option, ...(flags.protocol === undefined ? {} : { protocol: flags.protocol }) };
  if (Object.keys(settings).length === 0) return undefined;
  const names = (provider.providers ?? [provider]).map((member) => member.name);
  return Object.fromEntries(names.map((name) => [name, settings]));
}

/** What `g4f chat` does: streams the answer to `io.stdout`. */
export async function runChat(words: string[], flags: ChatFlags, io: TerminalIO, signal: AbortSignal): Promise<void> {
  const prompt = await readPrompt(words, io.stdin, signal);
  const { provider, model } = route(flags);
  const options: CallOptions & { parts: true } = {
    parts: true,
    media: [...(flags.image ?? []), ...(flags.audio ?? [])].map((file) => [callerPath(file, io.env)] as const),
    apiKey: io.env.HF_TOKEN,
    providerOptions: providerOptions(provider, flags),
    timeout: flags.timeout,
    conversation: flags.conversation === undefined ? undefined : await readConversationFile(callerPath(flags.conversation, io.env)),
    signal,
  };
  const messages = [{ role: 'user' as const, content: prompt }];
  let kept: Conversation | undefined;
  const parts = provider.createAsyncGenerator(model, messages, options);
  await renderParts(flags.conversation === undefined ? parts : keepConversation(parts, (conversation) => (kept = conversation)), io, flags.json === true);
  if (flags.conversation === undefined) return;
  if (kept === undefined) io.stderr.write(`g4f: ${provider.name} keeps no conversation; ${flags.conversation} is left as it was.\n`);
  else await writeConversationFile(callerPath(flags.conversation, io.env), kept);
}
