import { describe, expect, it } from 'vitest';
import { AsyncGeneratorProvider, MediaError, ModelNotSupportedError, ProviderModelMixin, type Messages, type StreamPart } from '@g4f/core';
import { describeProvider, ScriptedProvider } from '@g4f/core/testing';
import { EchoProvider } from './helpers/echo-provider.js';

/** A provider that rewrites its answer midway, as some Spaces do. */
const rewriting = () => new ScriptedProvider(['Helo', { type: 'text-replace', text: 'Hello' }, ' there'], { name: 'Rewriting', defaultModel: 'm' });

/** A provider that tells which model its streamParts was given, and yields no finish part. */
class ModelTeller extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor() {
    super({ name: 'Teller', label: 'Teller', url: 'http://127.0.0.1', defaultModel: 'talk', modelAliases: { chat: 'talk' }, visionModels: ['look'] });
  }

  protected async *streamParts(model: string): AsyncIterable<StreamPart> {
    yield model;
  }
}

describe('AsyncGeneratorProvider', () => {
  const messages = [{ role: 'user' as const, content: 'one two three' }];
  const withImage: Messages = [{ role: 'user', content: [{ type: 'image_url', image_url: { url: 'x.png' } }] }];

  it('hands streamParts the model resolved: an alias, any case, the default, the vision model for an image', async () => {
    const teller = new ModelTeller();
    expect(await teller.createCompletion(' CHAT', messages)).toBe('talk');
    expect(await teller.createCompletion('', messages)).toBe('talk');
    expect(await teller.createCompletion('', withImage)).toBe('look');
    await expect(teller.createCompletion('nope', messages)).rejects.toBeInstanceOf(ModelNotSupportedError);
  });

  it('refuses an image for a model that takes none, on the first read and before the provider is asked', async () => {
    const stream = new ModelTeller().createAsyncGenerator('talk', messages, { media: [['x.png']] });
    await expect(stream.next()).rejects.toThrow(new MediaError('model talk takes no images (its vision models: look); send the question without images, or pick a vision model.', { provider: 'Teller' }));
  });

  it('ends every stream with one finish part, where the provider yields none', async () => {
    const parts: StreamPart[] = [];
    for await (const part of new ModelTeller().createAsyncGenerator('talk', messages, { parts: true })) parts.push(part);
    expect(parts).toEqual(['talk', { type: 'finish', reason: 'stop' }]);
  });

  it('takes its facts once, filling in the defaults', () => {
    const provider = rewriting();
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
    expect(await rewriting().createCompletion('m', messages)).toBe('Hello there');
  });

  it('shows a rewrite in a plain-text stream as a line break and the new text', async () => {
    const chunks: string[] = [];
    for await (const chunk of rewriting().createAsyncGenerator('m', messages)) chunks.push(chunk);
    expect(chunks).toEqual(['Helo', '\nHello', ' there']);
  });
});

describe('EchoProvider', () => {
  describeProvider(() => new EchoProvider('Echo', 5), {
    longMessages: [{ role: 'user', content: 'a b c d e f g h i j k l m n o p' }],
  });
});
