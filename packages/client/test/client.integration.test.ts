import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ConnectionError, InvalidRequestError, ModelNotFoundError, ProviderNotFoundError, QuotaExceededError } from '@g4f/core';
import { APIConnectionError, APIUserAbortError, BadRequestError, Client, NotFoundError, RateLimitError, type ChatCompletionChunk } from '@g4f/client';
import { freePort } from '@g4f/local-space';
import { localSpaceUrl } from '@g4f/local-space/testing';

const qvq = localSpaceUrl('qvq');
const flux = localSpaceUrl('flux');
const qwen3 = localSpaceUrl('qwen3');
const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;

describe('Client before any Space is asked', () => {
  it('refuses provider_options keyed by a misspelt provider name instead of ignoring them', async () => {
    const request = new Client().chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'x' }], provider_options: { Qwen_QVQ_72b: { protocol: 'call' } } });
    await expect(request).rejects.toBeInstanceOf(BadRequestError);
    await expect(request).rejects.toMatchObject({ status: 400, cause: expect.any(InvalidRequestError) as unknown });
    await expect(request).rejects.toThrow('"Qwen_QVQ_72b" (did you mean "Qwen_QVQ_72B"?)');
  });
});

describe.skipIf(qvq === undefined)('Client against the local QVQ Space', () => {
  const client = () => new Client({ baseUrl: qvq });

  it('returns an OpenAI-shaped ChatCompletion', async () => {
    const completion = await client().chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: 'qwen-qvq-72b-preview',
      provider: 'Qwen_QVQ_72B',
      choices: [{ index: 0, message: { role: 'assistant', content: 'Hello there' }, finish_reason: 'stop' }],
    });
    expect(completion.id).toMatch(/^chatcmpl-/);
  });

  it('streams ChatCompletionChunks: role first, content deltas, then stop', async () => {
    const chunks: ChatCompletionChunk[] = [];
    const stream = await client().chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'one two three four' }], stream: true });
    for await (const chunk of stream) chunks.push(chunk);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.map((c) => c.choices[0]?.delta.content ?? '').join('')).toBe('one two three four');
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(new Set(chunks.map((c) => c.id)).size).toBe(1);
  });

  it('routes image_url parts (data URIs and file paths) to the provider', async () => {
    const dataUri = `data:image/png;base64,${(await readFile(imagePath)).toString('base64')}`;
    for (const url of [dataUri, imagePath]) {
      const completion = await client().chat.completions.create({
        model: 'qvq-72b',
        messages: [{ role: 'user', content: [{ type: 'text', text: 'What?' }, { type: 'image_url', image_url: { url } }] }],
      });
      expect(completion.choices[0]?.message.content).toBe('The image is a PNG of 4x3 pixels. What?');
    }
  });

  it('pins a provider by name and aborts with a signal', async () => {
    const controller = new AbortController();
    const stream = await client().chat.completions.create({
      model: '',
      provider: 'Qwen_QVQ_72B',
      messages: [{ role: 'user', content: 'trigger:slow a b c d e f g' }],
      stream: true,
      signal: controller.signal,
    });
    const reading = (async () => {
      for await (const chunk of stream) if (chunk.choices[0]?.delta.content) controller.abort();
    })();
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('throws OpenAI\'s APIError family with the core\'s typed error as cause', async () => {
    const quota = client().chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'trigger:quota' }] });
    await expect(quota).rejects.toBeInstanceOf(RateLimitError);
    await expect(quota).rejects.toMatchObject({ status: 429, code: 'rate_limit_exceeded', type: 'rate_limit_error', cause: expect.any(QuotaExceededError) as unknown });
    const refused = await quota.then(() => undefined, (error: unknown) => error as RateLimitError);
    expect(refused?.headers?.get('retry-after')).toBe('83');
    const unknown = new Client().chat.completions.create({ model: 'gpt-nope', messages: [{ role: 'user', content: 'x' }] });
    await expect(unknown).rejects.toBeInstanceOf(NotFoundError);
    await expect(unknown).rejects.toMatchObject({ status: 404, code: 'model_not_found', cause: expect.any(ModelNotFoundError) as unknown });
    await expect(new Client({ provider: 'Nope' }).chat.completions.create({ model: '', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 404, cause: expect.any(ProviderNotFoundError) as unknown });
  });

  it('throws APIConnectionError, as openai does, when the Space cannot be reached', async () => {
    const port = await freePort();
    const unreachable = new Client({ baseUrl: `http://127.0.0.1:${port}` }).chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'x' }] });
    await expect(unreachable).rejects.toBeInstanceOf(APIConnectionError);
    await expect(unreachable).rejects.toMatchObject({ status: undefined, cause: expect.any(ConnectionError) as unknown });
    await expect(unreachable).rejects.toThrow(`Qwen_QVQ_72B: could not read the Space's /config: cannot reach http://127.0.0.1:${port} (ECONNREFUSED)`);
  });
});

describe.skipIf(flux === undefined || qwen3 === undefined)('Client with image and reasoning models', () => {
  it('gives a generated image as Markdown in the content', async () => {
    const completion = await new Client({ baseUrl: flux }).chat.completions.create({ model: 'flux-dev', messages: [{ role: 'user', content: 'a boat' }] });
    expect(completion.choices[0]?.message.content).toMatch(/^\n!\[a boat\]\(http:\/\/127\.0\.0\.1:\d+\/gradio_api\/file=\S+\.png\)\n$/);
  });

  it('gives the thinking as reasoning_content', async () => {
    const completion = await new Client({ baseUrl: qwen3 }).chat.completions.create({ model: 'qwen3-4b', messages: [{ role: 'user', content: 'Why?' }] });
    expect(completion.choices[0]?.message).toEqual({ role: 'assistant', content: '[qwen3-4b] Why?', refusal: null, reasoning_content: 'Thinking about: Why?' });
  });
});
