import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_MEDIA_BYTES } from '@g4f/core';
import { startServer, type RunningServer } from '@g4f/server';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { startHeaderRecorder, type HeaderRecorder } from './helpers/header-recorder.js';

const qvq = localSpaceUrl('qvq');
const MiB = 1024 * 1024;
let closers: (() => Promise<void>)[] = [];

afterEach(async () => {
  await Promise.all(closers.map((close) => close()));
  closers = [];
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  }));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function serve(options: Parameters<typeof startServer>[0]): Promise<RunningServer> {
  const server = await startServer({ port: 0, logLevel: 'silent', ...options });
  closers.push(() => server.close());
  return server;
}

const askAbout = (openai: OpenAI, url: string) =>
  openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: [{ type: 'text', text: 'x' }, { type: 'image_url', image_url: { url } }] }] });

describe.skipIf(qvq === undefined)('remote images, read with a cap', () => {
  it('refuses a 300 MB image without a length, keeping the server\'s memory growth under twice the cap', async () => {
    const small = await readFile(fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url)));
    const chunk = Buffer.alloc(MiB, 7);
    let sent = 0;
    let peakRss = 0;
    // A body with no Content-Length: only counting the stream can stop it. /small.png warms the server up.
    const images = createServer((req, res) => {
      if (req.url === '/small.png') {
        res.end(small);
        return;
      }
      const write = (): void => {
        while (sent < 300 * MiB) {
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', write);
            return;
          }
        }
        res.end();
      };
      res.on('close', () => (sent = Infinity));
      write();
    });
    const imagesUrl = await listen(images);
    const server = await serve({ baseUrl: qvq, allowRemoteImages: true });
    const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    // The growth is the download's: measured once a first remote image has loaded the code that reads one.
    await askAbout(openai, `${imagesUrl}/small.png`);
    const before = process.memoryUsage().rss;
    await expect(askAbout(openai, `${imagesUrl}/huge.png`)).rejects.toMatchObject({ status: 400, message: expect.stringContaining(`over the ${DEFAULT_MAX_MEDIA_BYTES}-byte limit`) as string });
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    expect(peakRss - before).toBeLessThan(2 * DEFAULT_MAX_MEDIA_BYTES);
  });

  it('refuses an image whose Content-Length is over the cap before reading it', async () => {
    const images = createServer((_, res) => {
      res.writeHead(200, { 'content-length': String(300 * MiB) });
      res.write(Buffer.alloc(1024));
    });
    const url = `${await listen(images)}/declared.png`;
    const server = await serve({ baseUrl: qvq, allowRemoteImages: true });
    const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    // The size in the message is the declared one: nothing was counted.
    await expect(askAbout(openai, url)).rejects.toMatchObject({ status: 400, message: expect.stringContaining(`is ${300 * MiB} bytes, over the`) as string });
  });

  it('gives up on an image that does not arrive in time', async () => {
    const images = createServer(() => undefined);
    const url = `${await listen(images)}/never.png`;
    const server = await serve({ baseUrl: qvq, allowRemoteImages: true, remoteImageTimeout: 200 });
    const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    await expect(askAbout(openai, url)).rejects.toMatchObject({ status: 400, message: expect.stringContaining('no whole answer within 200 ms') as string });
  });
});

describe.skipIf(qvq === undefined)('a caller\'s Hugging Face token', () => {
  const callerToken = 'hf_callerOwnToken12345';
  const serverToken = 'hf_serverToken67890abc';
  let recorder: HeaderRecorder;

  const spaceBehindRecorder = async (): Promise<string> => {
    recorder = await startHeaderRecorder(qvq ?? '');
    closers.push(() => recorder.close());
    return recorder.url;
  };
  const ask = (server: RunningServer, apiKey: string, headers: Record<string, string> = {}) =>
    new OpenAI({ baseURL: `${server.url}/v1`, apiKey, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'hi' }] });

  it('is used upstream for its own call where the server forwards tokens, the server\'s otherwise', async () => {
    const server = await serve({ baseUrl: await spaceBehindRecorder(), forwardHfToken: true, upstreamApiKey: serverToken });
    await ask(server, callerToken);
    expect(recorder.authorizations).toContain(`Bearer ${callerToken}`);
    expect(recorder.authorizations).not.toContain(`Bearer ${serverToken}`);
  });

  it('is never forwarded unless the deployment opts in', async () => {
    const server = await serve({ baseUrl: await spaceBehindRecorder(), upstreamApiKey: serverToken });
    await ask(server, callerToken);
    expect(recorder.authorizations).toContain(`Bearer ${serverToken}`);
    expect(recorder.authorizations).not.toContain(`Bearer ${callerToken}`);
  });

  it('comes in X-HF-Token where the server has its own API key', async () => {
    const server = await serve({ baseUrl: await spaceBehindRecorder(), forwardHfToken: true, apiKey: 'server-key-123' });
    await ask(server, 'server-key-123', { 'X-HF-Token': callerToken });
    expect(recorder.authorizations).toContain(`Bearer ${callerToken}`);
    expect(recorder.authorizations).not.toContain('Bearer server-key-123');
  });
});
