import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QuotaExceededError, redactSecrets } from '@g4f/core';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';
import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { localSpaceUrl } from '@g4f/local-space/testing';

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (expiresInSeconds: number) => `${base64url({ alg: 'EdDSA' })}.${base64url({ exp: Math.floor(Date.now() / 1000) + expiresInSeconds, onBehalfOf: 'anonymous' })}.c2lnbmF0dXJl`;
const uuid = 'a1b2c3d4-0000-4000-8000-00000000e5f6';

/** A local page shaped like a Space's page on the Hub, whose props hold the ZeroGPU token and session uuid; it counts its reads. */
async function startHubPage(token: string): Promise<{ url: string; reads: () => number; close: () => Promise<void> }> {
  let reads = 0;
  const props = JSON.stringify({ space: { id: 'Qwen/QVQ-72B-preview' }, zeroGpu: { token, sessionUuid: uuid } }).replaceAll('"', '&quot;');
  const server: Server = createServer((request, response) => {
    if (request.url !== '/spaces/Qwen/QVQ-72B-preview') return void response.writeHead(404).end();
    reads++;
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<html><body><div class="SVELTE_HYDRATER" data-target="SpacePageWrapper" data-props="${props}"></div></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reads: () => reads,
    close: () => new Promise((resolve) => server.close(() => { resolve(); })),
  };
}

const token = jwt(600);
const gradioRunning = localSpaceUrl('qvq') !== undefined;
const ask = [{ role: 'user' as const, content: 'Hello there' }];

describe.skipIf(!gradioRunning)('ZeroGPU identity: the headers read from the Space\'s page give an anonymous caller its own quota', () => {
  let space: LocalSpace;
  let hub: Awaited<ReturnType<typeof startHubPage>>;

  beforeAll(async () => {
    [space, hub] = await Promise.all([startLocalSpace({ app: 'qvq', env: { SPACE_ZEROGPU_IDENTITY: `${token}:${uuid}` } }), startHubPage(token)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([space.stop(), hub.close()]);
  });

  it('without them, the Space that wants them answers with its quota error', async () => {
    await expect(Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createCompletion('qvq-72b', ask)).rejects.toThrow(QuotaExceededError);
  });

  it('with them, it answers; the page is read once while the token lasts, and the token is a secret', async () => {
    const provider = Qwen_QVQ_72B.withSettings({ baseUrl: space.url, hubUrl: hub.url });
    expect(await provider.createCompletion('qvq-72b', ask)).toBe('Hello there');
    expect(await provider.createCompletion('qvq-72b', ask)).toBe('Hello there');
    expect(hub.reads()).toBe(1);
    expect(redactSecrets(`sent ${token}`)).toBe('sent ***');
  });

  it('a caller with its own token sends that, and the page is not read', async () => {
    const before = hub.reads();
    const provider = Qwen_QVQ_72B.withSettings({ baseUrl: space.url, hubUrl: hub.url, retry: { retries: 0 } });
    expect(await provider.createCompletion('qvq-72b', ask, { apiKey: 'hf_localTestToken123' })).toBe('Hello there');
    expect(hub.reads()).toBe(before);
  });

  it('a token about to expire is read again for the next call', async () => {
    const shortLived = await startHubPage(jwt(10));
    try {
      const provider = Qwen_QVQ_72B.withSettings({ baseUrl: space.url, hubUrl: shortLived.url });
      await provider.createCompletion('qvq-72b', ask).catch(() => undefined);
      await provider.createCompletion('qvq-72b', ask).catch(() => undefined);
      expect(shortLived.reads()).toBe(2);
    } finally {
      await shortLived.close();
    }
  });
});
