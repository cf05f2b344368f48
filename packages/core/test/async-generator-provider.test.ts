import { describe, expect, it } from 'vitest';
import { AsyncGeneratorProvider, ProviderModelMixin, type StreamPart } from '@g4f/core';
import { describeProvider } from '@g4f/core/testing';
import { EchoProvider } from './helpers/echo-provider.js';

/** A provider that rewrites its answer midway, as some Spaces do. */
class RewritingProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor() {
    super({ name: 'Rewriting', label: 'Rewriting', url: 'http://127.0.0.1', defaultModel: 'm' });
  }

  protected async *streamParts(): AsyncIterable<StreamPart> {
    yield 'Helo';
    yield { type: 'text-replace', text: 'Hello' };
    yield ' there';
  }
}

describe('AsyncGeneratorProvider', () => {
  const messages = [{ role: 'user' as const, content: 'one two three' }];

  it('takes its facts once, filling in the defaults', () => {
    const provider = new RewritingProvider();
    expect({ name: provider.name, working: provider.working, needsAuth: provider.needsAuth, models: provider.models, aliases: provider.modelAliases }).toEqual({
      name: 'Rewriting',
      working: true,
      needsAuth: false,
      models: [],
      aliases: {},
    });
  });

  it('yields only text by default', async () => {
    const chunks: string[] = [];
    for await (const chunk of new EchoProvider().createAsyncGenerator('echo', messages)) chunks.push(chunk);
    expect(chunks).toEqual(['one', ' two', ' three']);
  });

  it('yields typed parts too with parts: true', async () => {
    const parts: StreamPart[] = [];
    for await (const part of new EchoProvider().createAsyncGenerator('echo', messages, { parts: true })) parts.push(part);
    expect(parts).toEqual([
      { type: 'provider-info', provider: 'Echo', model: 'echo-1', label: 'Echo (test)' },
      'one',
      ' two',
      ' three',
      { type: 'finish', reason: 'stop' },
    ]);
  });

  it('passes the caller\'s options through to the provider, without the stream mode', async () => {
    const provider = new EchoProvider();
    const options = { apiKey: 'k', proxy: 'http://127.0.0.1:9', media: [['x.png']] as const, temperature: 0.2, seed: 7, providerOptions: { Echo: { loud: true } } };
    await provider.createCompletion('echo-2', messages, options);
    expect(provider.lastOptions).toEqual(options);
  });

  it('completes to the final text where the provider rewrote it', async () => {
    expect(await new RewritingProvider().createCompletion('m', messages)).toBe('Hello there');
  });

  it('shows a rewrite in a plain-text stream as a line break and the new text', async () => {
    const chunks: string[] = [];
    for await (const chunk of new RewritingProvider().createAsyncGenerator('m', messages)) chunks.push(chunk);
    expect(chunks).toEqual(['Helo', '\nHello', ' there']);
  });
});

describe('EchoProvider', () => {
  describeProvider(() => new EchoProvider('Echo', 5), {
    longMessages: [{ role: 'user', content: 'a b c d e f g h i j k l m n o p' }],
  });
});
