import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { NoSuchModelError } from '@ai-sdk/provider';
import { createProviderRegistry, generateText, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createG4F } from '@g4f/ai-sdk';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const qvq = localSpaceUrl('qvq');

describe.skipIf(qvq === undefined)('g4f in the AI SDK\'s createProviderRegistry, beside another provider', () => {
  // The other provider is the AI SDK's own OpenAI-compatible one, talking to `g4f serve`.
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, spaces: { Qwen_QVQ_72B: qvq ?? '' } });
  });
  afterAll(async () => {
    await server.close();
  });
  const registry = () =>
    createProviderRegistry({
      g4f: createG4F({ baseUrls: { Qwen_QVQ_72B: qvq ?? '' } }),
      served: createOpenAICompatible({ name: 'served', baseURL: `${server.url}/v1` }),
    });

  it('answers "g4f:model" through g4f and "served:model" through the other provider, alike', async () => {
    const direct = await generateText({ model: registry().languageModel('g4f:qvq-72b'), prompt: 'same words here' });
    const served = await generateText({ model: registry().languageModel('served:qvq-72b'), prompt: 'same words here' });
    expect(direct.text).toBe('same words here');
    expect(served.text).toBe(direct.text);
    const streamed = streamText({ model: registry().languageModel('g4f:qvq-72b'), prompt: 'streamed too' });
    expect(await streamed.text).toBe('streamed too');
  });

  it('gives NoSuchModelError for an unknown g4f model or a g4f embedding model', () => {
    expect(() => registry().languageModel('g4f:no-such-model')).toThrow(NoSuchModelError);
    expect(() => registry().embeddingModel('g4f:qvq-72b')).toThrow('g4f has no embedding models');
  });
});
