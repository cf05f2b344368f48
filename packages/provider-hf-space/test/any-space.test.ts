import { describe, expect, it } from 'vitest';
import { getProvider, getProviderByName, InvalidRequestError, resolveModel } from '@g4f/core';
import { AnySpaceProvider, HuggingSpace, spaceHost } from '@g4f/provider-hf-space';
import { chatTurn } from '../src/any-space/chat-history.js';

describe('space:owner/name in the registry', () => {
  it('builds a provider for the Space at its hf.space host, named and served by the model name', () => {
    const provider = getProvider('space:Qwen/Qwen2.5_Max.Demo');
    expect(provider).toBeInstanceOf(AnySpaceProvider);
    expect(provider.name).toBe('space:Qwen/Qwen2.5_Max.Demo');
    expect(provider.url).toBe('https://qwen-qwen2-5-max-demo.hf.space');
    expect(resolveModel(' space:owner/chat/respond ')).toMatchObject({ model: 'space:owner/chat/respond' });
    expect(getProviderByName('space:owner/chat').url).toBe('https://owner-chat.hf.space');
  });

  it('turns a Space id into its host as Hugging Face does', () => {
    expect(spaceHost('black-forest-labs/FLUX.1-dev')).toBe('https://black-forest-labs-flux-1-dev.hf.space');
    expect(spaceHost('Some_User/My_App')).toBe('https://some-user-my-app.hf.space');
  });

  it('takes a base URL instead of the host', () => {
    const provider = new AnySpaceProvider('space:owner/chat').withSettings({ baseUrl: 'http://127.0.0.1:7860/chat/' });
    expect(provider.url).toBe('http://127.0.0.1:7860/chat');
  });

  it('refuses a malformed name, saying the shape', () => {
    expect(() => getProvider('space:just-a-name')).toThrow(InvalidRequestError);
    expect(() => getProvider('space:just-a-name')).toThrow(/space:owner\/name/);
  });

  it('is never a member of HuggingSpace', () => {
    getProvider('space:owner/chat');
    expect(HuggingSpace.providers.some((provider) => provider.name.startsWith('space:'))).toBe(false);
  });
});

describe('the history an endpoint that takes a Chatbot gets', () => {
  const conversation = [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'a' },
    { role: 'assistant', content: 'b' },
    { role: 'user', content: 'c' },
    { role: 'user', content: 'd' },
  ] as const;

  it('pairs turns as tuples, the system prompt before the first user message, the trailing user messages as the text', () => {
    expect(chatTurn(conversation, 'tuples')).toEqual({ history: [['Be brief.\n\na', 'b']], text: 'c\nd' });
    expect(chatTurn([{ role: 'assistant', content: 'hello' }, { role: 'user', content: 'hi' }], 'tuples')).toEqual({ history: [[null, 'hello']], text: 'hi' });
  });

  it('gives messages, and Gradio 6 messages of typed parts', () => {
    expect(chatTurn(conversation, 'messages').history).toEqual([
      { role: 'user', content: 'Be brief.\n\na' },
      { role: 'assistant', content: 'b' },
    ]);
    expect(chatTurn(conversation, 'typed-messages').history).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Be brief.\n\na' }] },
      { role: 'assistant', content: [{ type: 'text', text: 'b' }] },
    ]);
  });
});
