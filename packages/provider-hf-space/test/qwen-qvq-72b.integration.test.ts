import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  collectText,
  formatPrompt,
  MediaError,
  QuotaExceededError,
  ResponseError,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import { Qwen_QVQ_72B, type GradioProtocol } from '@g4f/provider-hf-space';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { eventually, spaceStats } from '@g4f/local-space/testing';

const images = fileURLToPath(new URL('../../../fixtures/images/', import.meta.url));
const spaceUrl = localSpaceUrl('qvq');
const ask = (content: string): Messages => [{ role: 'user', content }];

async function partsOf(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe.skipIf(spaceUrl === undefined)('Qwen_QVQ_72B against a real local Gradio Space', () => {
  const local = () => Qwen_QVQ_72B.withSettings({ baseUrl: spaceUrl ?? '' });

  describe.each<GradioProtocol>(['queue', 'call'])('on the %s protocol', (protocol) => {
    const provider = () => Qwen_QVQ_72B.withSettings({ baseUrl: spaceUrl ?? '', protocol });

    it('streams a text-only answer in several deltas', async () => {
      const chunks: string[] = [];
      for await (const chunk of provider().createAsyncGenerator('qvq-72b', ask('Tell me about the sea'))) chunks.push(chunk);
      expect(chunks.join('')).toBe('Tell me about the sea');
      expect(chunks.length).toBeGreaterThanOrEqual(4);
    });

    it('answers about a PNG image', async () => {
      const text = await provider().createCompletion('qwen-qvq-72b-preview', ask('What is this?'), { media: [[`${images}red-4x3.png`]] });
      expect(text).toBe('The image is a PNG of 4x3 pixels. What is this?');
    });

    it('answers about a JPEG image given as bytes in an OpenAI-style message part', async () => {
      const { readFile } = await import('node:fs/promises');
      const jpeg = (await readFile(`${images}green-640x480.jpg`)).toString('base64');
      const messages: Messages = [
        { role: 'user', content: [{ type: 'text', text: 'Describe it' }, { type: 'image_url', image_url: { url: `data:image/jpeg;base64,${jpeg}` } }] },
      ];
      expect(await provider().createCompletion('', messages)).toBe('The image is a JPEG of 640x480 pixels. Describe it');
    });

    it('sends a multi-turn conversation as one formatted prompt', async () => {
      const messages: Messages = [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
        { role: 'user', content: 'What now?' },
      ];
      expect(await provider().createCompletion('', messages)).toBe(formatPrompt(messages));
    });

    it('reports the GPU quota error as the Space words it (Gradio 5 carries it on the queue protocol only)', async () => {
      const error = await provider().createCompletion('', ask('trigger:quota')).catch((e: unknown) => e);
      if (protocol === 'queue') {
        expect(error).toBeInstanceOf(QuotaExceededError);
        expect(error).toMatchObject({ retryAfter: 83, provider: 'Qwen_QVQ_72B' });
        expect((error as Error).message).toContain('You have exceeded your GPU quota (60s requested vs. 45s left)');
      } else {
        expect(error).toBeInstanceOf(ResponseError);
        expect((error as Error).message).toContain('Gradio before 6.13 leaves the reason out on the REST call route');
      }
    });

    it('says the Space gave no reason for an error without message', async () => {
      const error = await provider().createCompletion('', ask('trigger:silent-error')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect(QuotaExceededError.isInstance(error)).toBe(false);
      expect((error as Error).message).toContain(protocol === 'queue' ? 'the Space reported an error without a reason' : 'leaves the reason out on the REST call route');
    });

    it('keeps the text received before a mid-answer error on the error', async () => {
      const chunks: string[] = [];
      const reading = (async () => {
        for await (const chunk of provider().createAsyncGenerator('', ask('one two three four five trigger:fail-midway'))) chunks.push(chunk);
      })();
      const error = await reading.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseError);
      expect((error as ResponseError).partialText).toBe('one two');
      expect(chunks.join('')).toBe('one two');
      if (protocol === 'queue') expect((error as Error).message).toContain('The model crashed halfway through.');
    });

    it('closes the connection when the caller aborts mid-answer, and the server sees it', async () => {
      const before = await spaceStats(spaceUrl ?? '');
      const controller = new AbortController();
      const chunks: string[] = [];
      const reading = (async () => {
        for await (const chunk of provider().createAsyncGenerator('', ask('trigger:slow a b c d e f g h i j k l m n o p q r s t'), { signal: controller.signal })) {
          chunks.push(chunk);
          if (chunks.join('').length > 0) controller.abort();
        }
      })();
      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      const cancelled = await eventually(async () => (await spaceStats(spaceUrl ?? '')).cancelled > before.cancelled);
      expect(cancelled).toBe(true);
    });

    it('closes the connection when the caller stops reading', async () => {
      const before = await spaceStats(spaceUrl ?? '');
      for await (const chunk of provider().createAsyncGenerator('', ask('trigger:slow a b c d e f g h i j k l m n o p q r s t'))) {
        if (chunk.length > 0) break;
      }
      const cancelled = await eventually(async () => (await spaceStats(spaceUrl ?? '')).cancelled > before.cancelled);
      expect(cancelled).toBe(true);
    });

    it('serves many concurrent streams, each its own answer', async () => {
      const prompts = Array.from({ length: 16 }, (_, i) => `stream number ${i} of many`);
      const answers = await Promise.all(prompts.map((prompt) => provider().createCompletion('', ask(prompt))));
      expect(answers).toEqual(prompts);
    });
  });

  it('reports upload, queue position and start as progress parts on the queue protocol', async () => {
    const parts = await partsOf(local().createAsyncGenerator('', ask('hi'), { parts: true, media: [[`${images}red-4x3.gif`]] }));
    const stages = parts.flatMap((part) => (typeof part === 'object' && part.type === 'progress' ? [part.stage] : []));
    expect(stages).toEqual(['uploading', 'queued', 'processing']);
    expect(parts[0]).toEqual({ type: 'provider-info', provider: 'Qwen_QVQ_72B', model: 'qwen-qvq-72b-preview', label: 'Qwen QVQ-72B' });
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    expect(await collectText(parts as AsyncIterable<StreamPart> & StreamPart[])).toBe('The image is a GIF of 4x3 pixels. hi');
  });

  it('receives bytes in proportion to the answer on the queue protocol, to its square on the call route', async () => {
    async function bytesFor(protocol: 'queue' | 'call', length: number): Promise<number> {
      let received = 0;
      const counting: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (response.body === null) return response;
        const counter = new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            received += chunk.byteLength;
            controller.enqueue(chunk);
          },
        });
        return new Response(response.body.pipeThrough(counter), response);
      };
      const provider = Qwen_QVQ_72B.withSettings({ baseUrl: spaceUrl ?? '', protocol, fetch: counting });
      expect(await provider.createCompletion('', ask(`trigger:length=${length}`))).toHaveLength(length);
      return received;
    }
    // Doubling the answer doubles the queue protocol's bytes and quadruples the call route's.
    const queueGrowth = (await bytesFor('queue', 8000)) / (await bytesFor('queue', 4000));
    const callGrowth = (await bytesFor('call', 8000)) / (await bytesFor('call', 4000));
    expect(queueGrowth).toBeGreaterThan(1.8);
    expect(queueGrowth).toBeLessThan(2.2);
    expect(callGrowth).toBeGreaterThan(3.5);
  });

  it('refuses a second image before sending anything', async () => {
    const before = await spaceStats(spaceUrl ?? '');
    const media = [[`${images}red-4x3.png`], [`${images}red-4x3.jpg`]] as const;
    await expect(local().createCompletion('', ask('two?'), { media })).rejects.toThrow(new MediaError('model qwen-qvq-72b-preview takes at most 1 image, and 2 were given; send fewer images.', { provider: 'Qwen_QVQ_72B' }));
    expect((await spaceStats(spaceUrl ?? '')).started).toBe(before.started);
  });
});
