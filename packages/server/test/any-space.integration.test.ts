import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectImageType } from '@g4f/core';
import { startServer, type RunningServer } from '@g4f/server';
import { localSpaceUrl } from '@g4f/local-space/testing';

// spaces/any_space/app.py: apps no provider was written for, each at its own path.
const apps = localSpaceUrl('any-spaces');

describe.skipIf(apps === undefined)('space:owner/name models on the server, with --space space:owner/name=URL', () => {
  let server: RunningServer;
  let openai: OpenAI;

  beforeAll(async () => {
    const spaces = Object.fromEntries(['chat-messages', 'text-to-image', 'two-endpoints'].map((app) => [`space:someone/${app}`, `${apps ?? ''}/${app}`]));
    server = await startServer({ port: 0, logLevel: 'silent', spaces });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'none', maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists each configured Space in /v1/models as its description shows it, and retrieves it by id', async () => {
    const models = (await openai.models.list()).data as unknown as { id: string; takes: string[]; gives: string[] }[];
    const listed = Object.fromEntries(models.map(({ id, takes, gives }) => [id, { takes, gives }]));
    expect(listed).toEqual({
      'space:someone/chat-messages': { takes: ['text'], gives: ['text'] },
      'space:someone/text-to-image': { takes: ['text'], gives: ['image'] },
      // Two endpoints and none named: not described, so listed as undescribed Spaces count.
      'space:someone/two-endpoints': { takes: ['text', 'image'], gives: ['image'] },
    });
    expect(await openai.models.retrieve('space:someone/chat-messages')).toMatchObject({ id: 'space:someone/chat-messages', owned_by: 'space:someone/chat-messages' });
  });

  it('streams a chat completion from a ChatInterface Space', async () => {
    const stream = await openai.chat.completions.create({ model: 'space:someone/chat-messages', messages: [{ role: 'user', content: 'hello' }], stream: true });
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe('You said: hello History: []');
  });

  it('draws with a text-to-image Space', async () => {
    const result = await openai.images.generate({ model: 'space:someone/text-to-image', prompt: 'a boat' });
    expect(result.data?.[0]?.url).toMatch(/\/text-to-image\/gradio_api\/file=.*\.png$/);
    const bytes = await openai.images.generate({ model: 'space:someone/text-to-image', prompt: 'a boat', response_format: 'b64_json' });
    expect(await detectImageType(new Uint8Array(Buffer.from(bytes.data?.[0]?.b64_json ?? '', 'base64')))).toBe('image/png');
  });

  it('answers 400 for a Space it cannot map, listing its endpoints', async () => {
    const error = await openai.chat.completions.create({ model: 'space:someone/two-endpoints', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
    expect((error as Error).message).toContain('/shout(value: textbox) -> textbox');
  });

  it('answers 404 for a Space it was not configured with', async () => {
    const error = await openai.chat.completions.create({ model: 'space:someone/elsewhere', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404 });
    expect((error as Error).message).toContain('g4f serve --space space:someone/elsewhere=https://someone-elsewhere.hf.space');
  });
});

describe('space:owner/name on a server not given its address', () => {
  it('answers 404 saying how to serve it, so that the server\'s token never goes to a Space a caller picks', async () => {
    const server = await startServer({ port: 0, upstreamApiKey: 'hf_ServerTokenNeverForCallersSpaces1' });
    try {
      const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'none', maxRetries: 0 });
      const error = await openai.chat.completions.create({ model: 'space:someone/Chat_App', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 404 });
      expect((error as Error).message).toContain('g4f serve --space space:someone/Chat_App=https://someone-chat-app.hf.space');
    } finally {
      await server.close();
    }
  });
});

describe('a Space given by id that cannot be described', () => {
  it('is listed as undescribed Spaces count, and not asked again at the next model list', async () => {
    let asked = 0;
    const broken = createServer((_req, res) => {
      asked++;
      res.writeHead(500, { 'content-type': 'text/plain' }).end('broken');
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const server = await startServer({ port: 0, logLevel: 'silent', spaces: { 'space:someone/broken': `http://127.0.0.1:${(broken.address() as AddressInfo).port}` } });
    try {
      const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'none', maxRetries: 0 });
      const first = (await openai.models.list()).data as unknown as { id: string; takes: string[]; gives: string[] }[];
      expect(first).toEqual([expect.objectContaining({ id: 'space:someone/broken', takes: ['text', 'image'], gives: ['image'] })]);
      const askedOnce = asked;
      expect(askedOnce).toBeGreaterThan(0);
      await openai.models.list();
      expect(asked).toBe(askedOnce);
    } finally {
      await server.close();
      broken.close();
    }
  });
});
