import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@g4f/server';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';

const qvq = localSpaceUrl('qvq');
const key = 'test-server-key-123';
const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
const dataUri = async () => `data:image/png;base64,${(await readFile(imagePath)).toString('base64')}`;

describe.skipIf(qvq === undefined)('the OpenAI-compatible server, used with the official openai client', () => {
  let server: RunningServer;
  let openai: OpenAI;

  beforeAll(async () => {
    server = await startServer({ port: 0, baseUrl: qvq, apiKey: key });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: key, maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('binds 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('lists the models', async () => {
    const models = await openai.models.list();
    expect(models.data.map((model) => model.id)).toContain('qwen-qvq-72b-preview');
  });

  it('answers a completion', async () => {
    const completion = await openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'Hello server' }] });
    expect(completion.choices[0]?.message.content).toBe('Hello server');
    expect(completion.object).toBe('chat.completion');
  });

  it('streams a completion about an image as data: chunks and [DONE]', async () => {
    const stream = await openai.chat.completions.create({
      model: 'qvq-72b',
      stream: true,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'image_url', image_url: { url: await dataUri() } }] }],
    });
    let text = '';
    let chunks = 0;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      chunks++;
    }
    expect(text).toBe('The image is a PNG of 4x3 pixels. What is this?');
    expect(chunks).toBeGreaterThan(3);
  });

  it('refuses a wrong key with 401', async () => {
    const stranger = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'wrong', maxRetries: 0 });
    await expect(stranger.models.list()).rejects.toMatchObject({ status: 401, code: 'invalid_api_key' });
  });

  it('answers 404 for an unknown model, 400 for a bad request', async () => {
    await expect(openai.chat.completions.create({ model: 'gpt-nothing', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 404, code: 'model_not_found' });
    await expect(openai.chat.completions.create({ model: 'qvq-72b', messages: [] })).rejects.toMatchObject({ status: 400 });
  });

  it('never reads a server file named as an image, and fetches no remote image unless allowed', async () => {
    const ask = (url: string) =>
      openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url } }] }] });
    await expect(ask('/etc/passwd')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('image_url must be a data: URI') as string });
    await expect(ask('http://127.0.0.1:9/cat.png')).rejects.toMatchObject({
      status: 400,
      param: 'messages[0].content[1].image_url.url',
      message: expect.stringContaining('does not fetch remote images: send the image inline, or start g4f serve with --allow-remote-images') as string,
    });
  });

  it('closes the upstream Space stream when the client disconnects', async () => {
    const before = await spaceStats(qvq ?? '');
    const stream = await openai.chat.completions.create({ model: 'qvq-72b', stream: true, messages: [{ role: 'user', content: 'trigger:slow a b c d e f g h i j k l m n' }] });
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content) break;
    }
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled > before.cancelled)).toBe(true);
  });

  // After every other call to QVQ on this server: the quota error cools QVQ down until its wait is over.
  it('answers 429 with Retry-After for a GPU quota error', async () => {
    const response = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'qvq-72b', stream: true, messages: [{ role: 'user', content: 'trigger:quota' }] }),
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('83');
    expect(await response.json()).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded' } });
  });

  it('limits the body size with 413', async () => {
    const small = await startServer({ port: 0, baseUrl: qvq, bodyLimit: 1000 });
    try {
      const response = await fetch(`${small.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content: 'x'.repeat(5000) }] }),
      });
      expect(response.status).toBe(413);
    } finally {
      await small.close();
    }
  });
});

describe.skipIf(qvq === undefined)('the server with remote images allowed and an unreachable Space', () => {
  it('fetches a remote image where allowed', async () => {
    const png = await readFile(imagePath);
    const images = createServer((_, res) => res.end(png));
    await new Promise<void>((resolve) => images.listen(0, '127.0.0.1', resolve));
    const server = await startServer({ port: 0, baseUrl: qvq, allowRemoteImages: true });
    try {
      const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
      const url = `http://127.0.0.1:${(images.address() as AddressInfo).port}/red.png`;
      const completion = await openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: [{ type: 'text', text: 'Hm?' }, { type: 'image_url', image_url: { url } }] }] });
      expect(completion.choices[0]?.message.content).toBe('The image is a PNG of 4x3 pixels. Hm?');
    } finally {
      await server.close();
      images.close();
    }
  });

  it('answers 502 when the Space cannot be reached', async () => {
    const server = await startServer({ port: 0, baseUrl: 'http://127.0.0.1:9' });
    try {
      const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0, timeout: 20_000 });
      await expect(openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'x' }] })).rejects.toMatchObject({ status: 502, code: 'upstream_failed' });
    } finally {
      await server.close();
    }
  });
});
