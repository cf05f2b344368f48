import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { AsyncGeneratorProvider, ProviderModelMixin, registerProvider, type StreamPart } from '@g4f/core';
import { g4f } from '@g4f/ai-sdk';

/** A provider that rewrites its answer midway, as some Spaces do (none of the local stand-ins does). */
class RewritingProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor() {
    super({ name: 'Rewriting', label: 'Rewriting', url: 'http://127.0.0.1', defaultModel: 'rewriting-model' });
  }

  protected async *streamParts(): AsyncIterable<StreamPart> {
    yield 'Helo';
    yield { type: 'text-replace', text: 'Hello' };
    yield ' there';
  }
}

registerProvider(new RewritingProvider());

describe('an answer the Space rewrote midway', () => {
  it('streams as a line break and the new text, as a stream cannot take text back', async () => {
    expect(await streamText({ model: g4f('rewriting-model'), prompt: 'Hi' }).text).toBe('Helo\nHello there');
  });

  it('is the final text in generateText', async () => {
    expect((await generateText({ model: g4f('rewriting-model'), prompt: 'Hi' })).text).toBe('Hello there');
  });
});
