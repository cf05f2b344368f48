import { describe, expect, it } from 'vitest';
import { getProvider, InvalidRequestError, type CallOptions, type Conversation, type Messages, type Provider, type StreamPart } from '@g4f/core';
import { CohereForAI_C4AI_Command, HuggingSpace, Qwen_Qwen_3 } from '@g4f/provider-hf-space';
import { localSpaceUrl } from '@g4f/local-space/testing';

const commandUrl = localSpaceUrl('command');
const qwen3Url = localSpaceUrl('qwen3');

/** The answer's text and the conversation its finish part gave. */
async function ask(provider: Provider, model: string, messages: Messages, options: CallOptions = {}): Promise<{ text: string; conversation: Conversation | undefined }> {
  let text = '';
  let conversation: Conversation | undefined;
  for await (const part of provider.createAsyncGenerator(model, messages, { ...options, parts: true }) as AsyncIterable<StreamPart>) {
    if (typeof part === 'string') text += part;
    else if (part.type === 'finish') conversation = part.conversation;
  }
  return { text, conversation };
}

const first: Messages = [{ role: 'user', content: 'Name a colour' }];
const second = (answer: string): Messages => [...first, { role: 'assistant', content: answer }, { role: 'user', content: 'And another' }];

describe.skipIf(commandUrl === undefined)('a conversation the Command Space keeps (chat-ui)', () => {
  const command = CohereForAI_C4AI_Command.withSettings({ baseUrl: commandUrl ?? '' });

  it('continues with only the new message when the finish part\'s conversation is passed back, kept as JSON between', async () => {
    const one = await ask(command, 'command-r', first);
    expect(one.text).toBe('[command-r] Name a colour');
    const kept = JSON.parse(JSON.stringify(one.conversation)) as Conversation;
    expect(kept).toMatchObject({ provider: 'CohereForAI_C4AI_Command', model: 'command-r', preprompt: '' });
    const two = await ask(command, 'command-r', second(one.text), { conversation: kept });
    expect(two.text).toBe('[command-r] And another (remembering: Name a colour)');
    expect(two.conversation).toMatchObject({ conversationId: kept.conversationId });
  });

  it('without a conversation starts a new one and sends the whole history', async () => {
    const { text } = await ask(command, 'command-r', second('Red'));
    expect(text).toBe('[command-r] User: Name a colour\nAssistant: Red\nUser: And another\nAssistant:');
  });

  it('starts anew when the conversation was made for another model or system prompt, as g4f does', async () => {
    const { conversation } = await ask(command, 'command-r', first);
    const otherModel = await ask(command, 'command-r7b', second('Red'), { conversation });
    expect(otherModel.text).not.toContain('remembering');
    expect(otherModel.conversation).toMatchObject({ model: 'command-r7b-12-2024' });
    const withSystem = await ask(command, 'command-r', [{ role: 'system', content: 'Be brief.' }, ...second('Red')], { conversation });
    expect(withSystem.text).not.toContain('remembering');
    expect(withSystem.conversation).toMatchObject({ preprompt: 'Be brief.' });
  });

  it('starts anew, with the whole history, when the Space no longer has the conversation', async () => {
    const { conversation } = await ask(command, 'command-r', first);
    const lost = { ...conversation, cookies: { 'hf-chat': 'another-session' } } as Conversation;
    const { text } = await ask(command, 'command-r', second('Red'), { conversation: lost });
    expect(text).toBe('[command-r] User: Name a colour\nAssistant: Red\nUser: And another\nAssistant:');
  });

  it('ignores another provider\'s conversation and refuses its own when it was changed', async () => {
    const { text } = await ask(command, 'command-r', first, { conversation: { provider: 'Qwen_Qwen_3', sessionHash: 'abc' } });
    expect(text).toBe('[command-r] Name a colour');
    const broken = command.createCompletion('command-r', first, { conversation: { provider: 'CohereForAI_C4AI_Command', conversationId: 7 } });
    await expect(broken).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(broken).rejects.toThrow(/conversationId, model, preprompt and cookies/);
  });

  it('is found by model, alias and name in the registry', () => {
    expect(getProvider('command-r-plus-08-2024')).toBe(CohereForAI_C4AI_Command);
    expect(getProvider('CohereForAI_C4AI_Command')).toBe(CohereForAI_C4AI_Command);
    expect(CohereForAI_C4AI_Command.getModel('command-a')).toBe('command-a-03-2025');
    expect(CohereForAI_C4AI_Command.getModel('command-r7b')).toBe('command-r7b-12-2024');
    expect(HuggingSpace.providers).toContain(CohereForAI_C4AI_Command);
  });
});

describe.skipIf(qwen3Url === undefined)('a conversation a Gradio Space keeps in its session (Qwen3)', () => {
  const qwen3 = Qwen_Qwen_3.withSettings({ baseUrl: qwen3Url ?? '' });

  it('reuses the session hash the finish part gave, so the Space continues what it remembers', async () => {
    const one = await ask(qwen3, 'qwen3-8b', first);
    expect(one.text).toBe('[qwen3-8b] Name a colour');
    expect(one.conversation).toEqual({ provider: 'Qwen_Qwen_3', sessionHash: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown });
    const two = await ask(qwen3, 'qwen3-8b', second(one.text), { conversation: one.conversation });
    expect(two.text).toBe('[qwen3-8b] And another (remembering: Name a colour)');
    expect(two.conversation).toEqual(one.conversation);
  });

  it('starts a new session without one, so the Space remembers nothing', async () => {
    await ask(qwen3, 'qwen3-8b', first);
    const { text } = await ask(qwen3, 'qwen3-8b', second('Red'));
    expect(text).toBe('[qwen3-8b] And another');
  });

  it('through HuggingSpace too: the chain passes the conversation on and gives it back', async () => {
    const chain = HuggingSpace.withProviders([qwen3]);
    const one = await ask(chain, 'qwen3-8b', first);
    const two = await ask(chain, 'qwen3-8b', second(one.text), { conversation: one.conversation });
    expect(two.text).toBe('[qwen3-8b] And another (remembering: Name a colour)');
  });

  it('refuses a session hash that is no session hash', async () => {
    await expect(qwen3.createCompletion('qwen3-8b', first, { conversation: { provider: 'Qwen_Qwen_3', sessionHash: '../x' } })).rejects.toBeInstanceOf(InvalidRequestError);
  });
});
