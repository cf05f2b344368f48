import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { APICallError, NoSuchModelError, UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { generateText, streamText, tool } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createG4F, g4f } from '@g4f/ai-sdk';
import { localSpaceUrl } from '@g4f/local-space/testing';

const qvq = localSpaceUrl('qvq');
const qwen3 = localSpaceUrl('qwen3');
const flux = localSpaceUrl('flux');
const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;

describe('g4f models before any Space is asked', () => {
  it('gives NoSuchModelError for an unknown model, with the registry\'s suggestions', () => {
    const thrown = (() => {
      try {
        return g4f('qvq-72');
      } catch (error) {
        return error;
      }
    })();
    expect(NoSuchModelError.isInstance(thrown)).toBe(true);
    expect(thrown).toMatchObject({ modelId: 'qvq-72', modelType: 'languageModel' });
    expect((thrown as Error).message).toContain('Did you mean');
  });

  it('refuses tools with the SDK\'s UnsupportedFunctionalityError, before anything is sent', async () => {
    const weather = tool({ description: 'The weather', inputSchema: z.object({ city: z.string() }), execute: async () => 'sunny' });
    const call = generateText({ model: g4f('qvq-72b'), prompt: 'Weather in Paris?', tools: { weather }, maxRetries: 0 });
    await expect(call).rejects.toSatisfy((error) => UnsupportedFunctionalityError.isInstance(error));
    await expect(call).rejects.toThrow('no Space answers with tool calls');
  });

  it('refuses baseUrls naming no provider, or an address that is no http(s) URL', () => {
    expect(() => createG4F({ baseUrls: { Qwen_QVQ_27B: 'http://127.0.0.1:1' } })).toThrow('No provider named "Qwen_QVQ_27B"');
    expect(() => createG4F({ baseUrls: { Qwen_QVQ_72B: '127.0.0.1:7860' } })).toThrow('baseUrls.Qwen_QVQ_72B must be an http(s) URL, not "127.0.0.1:7860"');
  });
});

describe.skipIf(qvq === undefined)('g4f language models against the local QVQ Space', () => {
  const local = createG4F({ baseUrls: { Qwen_QVQ_72B: qvq ?? '' } });

  it('streamText streams the answer, then the finish reason, estimated usage and who answered', async () => {
    const result = streamText({ model: local('qvq-72b'), prompt: 'one two three four' });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe('one two three four');
    expect(await result.finishReason).toBe('stop');
    expect((await result.response).modelId).toBe('qwen-qvq-72b-preview');
    expect(await result.usage).toMatchObject({ inputTokens: 5, outputTokens: 5 });
    expect(await result.providerMetadata).toMatchObject({ g4f: { provider: 'Qwen_QVQ_72B', model: 'qwen-qvq-72b-preview' } });
  });

  it('generateText answers about an image in the prompt, which goes to the Space\'s image input', async () => {
    const image = await readFile(imagePath);
    const { text, finishReason } = await generateText({
      model: local('qvq-72b'),
      messages: [{ role: 'user', content: [{ type: 'text', text: 'What?' }, { type: 'image', image, mediaType: 'image/png' }] }],
    });
    expect(text).toBe('The image is a PNG of 4x3 pixels. What?');
    expect(finishReason).toBe('stop');
  });

  it('streamText with an image and no model named asks the default vision model', async () => {
    const result = streamText({ model: local(''), messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }, { type: 'image', image: await readFile(imagePath) }] }] });
    expect(await result.text).toBe('The image is a PNG of 4x3 pixels. Hi');
  });

  it('ends at maxOutputTokens with the finish reason length', async () => {
    const { text, finishReason } = await generateText({ model: local('qvq-72b'), prompt: 'alpha beta gamma delta epsilon zeta eta theta', maxOutputTokens: 2 });
    expect(finishReason).toBe('length');
    expect(text).toBe('alpha be');
  });

  it('answers with sampling settings no Space takes, and says so in the warnings', async () => {
    // The SDK would also print them; the test reads them from the result.
    Object.assign(globalThis, { AI_SDK_LOG_WARNINGS: false });
    const { text, warnings } = await generateText({ model: local('qvq-72b'), prompt: 'Hi there', topP: 0.5, topK: 3 }).finally(() => {
      Object.assign(globalThis, { AI_SDK_LOG_WARNINGS: undefined });
    });
    expect(text).toBe('Hi there');
    expect(warnings).toEqual([
      { type: 'unsupported', feature: 'topP', details: 'No Space takes it; it was not used.' },
      { type: 'unsupported', feature: 'topK', details: 'No Space takes it; it was not used.' },
    ]);
  });

  it('passes the queue position and progress on as raw parts, and the last queue position as provider metadata', async () => {
    const result = streamText({ model: local('qvq-72b'), prompt: 'Hello', includeRawChunks: true, providerOptions: { g4f: { protocol: 'queue' } } });
    const raw: unknown[] = [];
    for await (const part of result.fullStream) if (part.type === 'raw') raw.push(part.rawValue);
    expect(raw).toContainEqual(expect.objectContaining({ type: 'progress', stage: 'queued', rank: 0 }));
    expect(await result.providerMetadata).toMatchObject({ g4f: { queue: { rank: 0 } } });
  });

  it('gives a Space\'s bad setting in providerOptions.g4f as an APICallError 400 naming it', async () => {
    const call = generateText({ model: local('qvq-72b'), prompt: 'Hi', providerOptions: { g4f: { protocol: 'telepathy' } } });
    await expect(call).rejects.toSatisfy((error) => APICallError.isInstance(error) && error.statusCode === 400 && !error.isRetryable);
    await expect(call).rejects.toThrow('"protocol" is wrong');
  });

  it('gives a GPU quota error as an APICallError 429, not retryable, with its Retry-After', async () => {
    const call = generateText({ model: local('qvq-72b'), prompt: 'trigger:quota' });
    const error = await call.catch((thrown: unknown) => thrown);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 429, isRetryable: false, responseHeaders: { 'retry-after': '83' }, url: qvq });
    expect((error as Error).message).toContain('You have exceeded your GPU quota');
  });

  it('keeps the token given in the settings out of the error, its cause and what it says was asked', async () => {
    const token = 'hf_aiSdkSecretToken0123456789';
    const withToken = createG4F({ apiKey: token, baseUrls: { Qwen_QVQ_72B: qvq ?? '' } });
    const error = await generateText({ model: withToken('qvq-72b'), prompt: 'trigger:quota' }).catch((thrown: unknown) => thrown);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
    expect(JSON.stringify(error)).not.toContain(token);
  });

  it('gives up after the settings\' timeout with an APICallError 504 that may be retried', async () => {
    const impatient = createG4F({ timeout: 300, baseUrls: { Qwen_QVQ_72B: qvq ?? '' } });
    const error = await generateText({ model: impatient('qvq-72b'), prompt: `trigger:slow ${'w '.repeat(40)}`, maxRetries: 0 }).catch((thrown: unknown) => thrown);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 504, isRetryable: true });
  });

  it('streamText reports a quota error as an error part, and no text', async () => {
    const errors: unknown[] = [];
    const result = streamText({ model: local('qvq-72b'), prompt: 'trigger:quota', onError: ({ error }) => void errors.push(error) });
    const parts: string[] = [];
    for await (const part of result.fullStream) parts.push(part.type);
    expect(parts).toContain('error');
    expect(parts).not.toContain('text-delta');
    expect(errors).toEqual([expect.objectContaining({ statusCode: 429 })]);
    expect(APICallError.isInstance(errors[0])).toBe(true);
  });
});

describe.skipIf(qwen3 === undefined || flux === undefined)('g4f language models with reasoning and images out', () => {
  const local = createG4F({ baseUrls: { Qwen_Qwen_3: qwen3 ?? '', BlackForestLabs_Flux1Dev: flux ?? '' } });

  it('streamText gives the thinking as reasoning parts before the text', async () => {
    const result = streamText({ model: local('qwen3-4b'), prompt: 'Why?' });
    const types: string[] = [];
    let thoughtStatus: unknown;
    for await (const part of result.fullStream) {
      types.push(part.type);
      if (part.type === 'reasoning-end') thoughtStatus = part.providerMetadata?.g4f?.status;
    }
    expect(thoughtStatus).toMatch(/^End of Thought \([\d.]+s\)$/);
    expect(types.indexOf('reasoning-start')).toBeLessThan(types.indexOf('reasoning-end'));
    expect(types.indexOf('reasoning-end')).toBeLessThan(types.indexOf('text-start'));
    expect(await result.reasoningText).toBe('Thinking about: Why?');
    expect(await result.text).toBe('[qwen3-4b] Why?');
  });

  it('generateText gives the reasoning apart from the text', async () => {
    const { text, reasoningText, usage } = await generateText({ model: local('qwen3-4b'), prompt: 'Why?' });
    expect(text).toBe('[qwen3-4b] Why?');
    expect(reasoningText).toBe('Thinking about: Why?');
    expect(usage.outputTokenDetails).toMatchObject({ reasoningTokens: 5, textTokens: 4 });
  });

  it('gives an image model\'s picture as a generated file with its bytes', async () => {
    const { files } = await generateText({ model: local('flux'), prompt: 'a lighthouse', providerOptions: { g4f: { width: 64, height: 32 } } });
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.mediaType).toBe('image/png');
    // A PNG's width and height sit at bytes 16 to 24 of its header.
    const header = Buffer.from(file?.uint8Array ?? new Uint8Array());
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([64, 32]);
  });
});
