import { generateText, streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { registerProvider } from '@g4f/core';
import { ScriptedProvider } from '@g4f/core/testing';
import { g4f } from '@g4f/ai-sdk';

// A Space that rewrites its answer midway (none of the local stand-ins does).
registerProvider(new ScriptedProvider(['Helo', { type: 'text-replace', text: 'Hello' }, ' there'], { name: 'Rewriting', defaultModel: 'rewriting-model' }));

describe('an answer the Space rewrote midway', () => {
  it('streams as a line break and the new text, as a stream cannot take text back', async () => {
    expect(await streamText({ model: g4f('rewriting-model'), prompt: 'Hi' }).text).toBe('Helo\nHello there');
  });

  it('is the final text in generateText', async () => {
    expect((await generateText({ model: g4f('rewriting-model'), prompt: 'Hi' })).text).toBe('Hello there');
  });
});
