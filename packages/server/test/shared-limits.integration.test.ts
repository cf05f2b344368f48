import { FallbackProvider, MemorySharedState, QuotaExceededError, type Provider, type StreamPart } from '@g4f/core';
import { freePort, startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { localSpaceUrl, spaceStats } from '@g4f/local-space/testing';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';
import { createApp, startServer, type RunningServer } from '@g4f/server';
import OpenAI, { RateLimitError } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SpaceGuard } from '../src/space-guard.js';
import { logSink } from './helpers/log-lines.js';

// The cooldowns, the Space cap and the rate limit of one `g4f serve` without Redis: the same
// behaviour as replicas sharing Redis (see the CLI's serve-replicas test), in this process's memory.
const available = localSpaceUrl('qvq') !== undefined;
const ask = (url: string, content: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content }] }) });

describe.skipIf(!available)('one server keeps cooldowns and a Space cap in memory', () => {
  let space: LocalSpace;

  // Its own QVQ, running any number of jobs at once, so that only the cap bounds them and the counts are this file's.
  beforeAll(async () => {
    space = await startLocalSpace({ app: 'qvq' });
  }, 120_000);
  afterAll(async () => {
    await space.stop();
  });

  it("after a quota error, answers 429 with the rest of the wait at once, without calling the Space, for that token only", async () => {
    const server = await startServer({ port: 0, baseUrl: space.url, forwardHfToken: true });
    try {
      const quota = await ask(server.url, 'trigger:quota');
      expect(quota.status).toBe(429);
      const before = await spaceStats(space.url);
      const refused = await ask(server.url, 'hello there');
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(83);
      const body = (await refused.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('rate_limit_exceeded');
      expect(body.error.message).toContain('Qwen_QVQ_72B is cooling down');
      expect((await spaceStats(space.url)).started).toBe(before.started);
      // A caller with its own token has its own quota, so its own cooldown.
      const token = 'hf_OwnTokenOfAnotherCaller';
      const own = await ask(server.url, 'hello there', { 'x-hf-token': token, authorization: `Bearer ${token}` });
      expect(own.status).toBe(200);
      expect(JSON.stringify(body)).not.toContain(token);
    } finally {
      await server.close();
    }
  });

  it('holds a cap of 2 under 12 requests at once: all are answered, the Space never runs more than 2', async () => {
    const server = await startServer({ port: 0, baseUrl: space.url, spaceConcurrency: 2 });
    try {
      const answers = await Promise.all(Array.from({ length: 12 }, (_, index) => ask(server.url, `trigger:slow request ${index}`)));
      expect(answers.map((answer) => answer.status)).toEqual(Array.from({ length: 12 }, () => 200));
      const stats = await spaceStats(space.url);
      expect(stats.peak).toBe(2);
      expect(stats.running).toBe(0);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('tells an HTTP caller waiting for a slot its place, as SSE comments where it asks for progress', async () => {
    const server = await startServer({ port: 0, baseUrl: space.url, spaceConcurrency: 1, logLevel: 'silent' });
    const stream = (content: string, progress: boolean) =>
      fetch(`${server.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'qvq-72b', stream: true, ...(progress ? { stream_options: { include_progress: true } } : {}), messages: [{ role: 'user', content }] }),
      });
    try {
      // The first call holds the only slot while its answer streams.
      const first = await stream(`trigger:slow ${'word '.repeat(40)}`, false);
      const reader = (first.body as ReadableStream<Uint8Array>).getReader();
      await reader.read();
      // The waiting call's stream starts at once; its place comes before the first call ends.
      const waiting = (await stream('hello there', true)).body?.pipeThrough(new TextDecoderStream()).getReader();
      if (waiting === undefined) throw new Error('no body');
      const readUntil = async (done: (text: string) => boolean, text = ''): Promise<string> => {
        const chunk = await waiting.read();
        const more = text + (chunk.value ?? '');
        return chunk.done || done(more) ? more : readUntil(done, more);
      };
      let text = await readUntil((so) => so.includes('queued'));
      await reader.cancel();
      text = await readUntil(() => false, text);
      const place = /^: progress (.*)$/m.exec(text)?.[1];
      expect(JSON.parse(place ?? '{}')).toMatchObject({ stage: 'queued', rank: 0, queue_size: 1 });
      expect(text).toContain('"content":" there"');
      expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('tells a call waiting for a slot its place in the queue, as a Space queue does', async () => {
    const state = new MemorySharedState();
    const guard = new SpaceGuard(state, { spaceConcurrency: 1 });
    const provider = guard.guard(Qwen_QVQ_72B.withSettings({ baseUrl: space.url }));
    expect(await state.tryAcquireSlot({ key: 'Qwen_QVQ_72B', holder: 'another call', limit: 1, ttlMs: 10_000 })).toEqual({ acquired: true });
    const parts = provider.createAsyncGenerator('', [{ role: 'user', content: 'hello' }], { parts: true });
    expect((await parts.next()).value).toEqual({ type: 'progress', stage: 'queued', rank: 0, queueSize: 1 });
    await state.releaseSlot('Qwen_QVQ_72B', 'another call');
    const rest: StreamPart[] = [];
    for await (const part of parts) rest.push(part);
    expect(rest.filter((part) => typeof part === 'string').join('')).toContain('hello');
    // The slot came back when the call ended.
    expect(await state.tryAcquireSlot({ key: 'Qwen_QVQ_72B', holder: 'next call', limit: 1, ttlMs: 10_000 })).toEqual({ acquired: true });
  });
});

describe.skipIf(!available)('a chain over a provider in cooldown', () => {
  // Two providers of one catalog under their own names (a provider is any object of its shape), as
  // a Space and its duplicate are: the chain the server builds for a model several serve.
  const named = (name: string): Provider => Object.assign(Object.create(Qwen_QVQ_72B.withSettings({ baseUrl: localSpaceUrl('qvq') ?? '' })) as Provider, { name });
  const ask = (provider: Provider) => provider.createCompletion('', [{ role: 'user', content: 'hello chain' }]);

  it('moves on to the next provider, and refuses at once with the shortest wait when all cool down', async () => {
    const state = new MemorySharedState();
    const chain = new SpaceGuard(state).guard(new FallbackProvider([named('QVQ_First'), named('QVQ_Second')]));
    await state.startCooldown('QVQ_First:anonymous', 60_000);
    const before = await spaceStats(localSpaceUrl('qvq') ?? '');
    expect(await ask(chain)).toContain('hello chain');
    expect((await spaceStats(localSpaceUrl('qvq') ?? '')).started).toBe(before.started + 1);
    await state.startCooldown('QVQ_Second:anonymous', 20_000);
    const error = await ask(chain).catch((caught: unknown) => caught);
    expect(QuotaExceededError.isInstance(error)).toBe(true);
    expect((error as QuotaExceededError).retryAfter).toBeGreaterThan(0);
    expect((error as QuotaExceededError).retryAfter).toBeLessThanOrEqual(20);
    expect((await spaceStats(localSpaceUrl('qvq') ?? '')).started).toBe(before.started + 1);
  });
});

describe.skipIf(!available)('a rate limit per API key', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, baseUrl: localSpaceUrl('qvq'), rateLimit: '2/min' });
  });
  afterAll(async () => {
    await server.close();
  });

  it("is answered as OpenAI answers it: x-ratelimit headers, then a 429 OpenAI's client reads as a RateLimitError", async () => {
    const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'sk-first-key', maxRetries: 0 });
    const first = await openai.models.list().withResponse();
    expect(first.response.headers.get('x-ratelimit-limit-requests')).toBe('2');
    expect(first.response.headers.get('x-ratelimit-remaining-requests')).toBe('1');
    expect(first.response.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+s$/);
    await openai.models.list();
    const error = await openai.models.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).headers.get('retry-after')).toMatch(/^\d+$/);
    expect((error as RateLimitError).headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect((error as RateLimitError).code).toBe('rate_limit_exceeded');
    expect(JSON.stringify((error as RateLimitError).error)).not.toContain('sk-first-key');
    // Another key has its own window.
    const other = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'sk-second-key', maxRetries: 0 });
    await expect(other.models.list()).resolves.toBeDefined();
  });
});

describe.skipIf(!available)('a server whose Redis does not answer', () => {
  it('starts and serves with its own state, and says so once in its log, without the URL\'s password', async () => {
    const log = logSink();
    const redisUrl = `redis://:s3cret-pass@127.0.0.1:${await freePort()}`;
    const server = await startServer({ port: 0, baseUrl: localSpaceUrl('qvq'), redisUrl, spaceConcurrency: 2, rateLimit: '100/min', logDestination: log.destination });
    try {
      const answers = await Promise.all([1, 2, 3].map((index) => ask(server.url, `without Redis ${index}`)));
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
      expect(answers[0]?.headers.get('x-ratelimit-remaining-requests')).toMatch(/^9\d$/);
      expect(log.lines().filter((line) => String(line.msg).startsWith('Redis is unreachable'))).toHaveLength(1);
      expect(log.text()).not.toContain('s3cret-pass');
    } finally {
      await server.close();
    }
  });
});

describe.skipIf(!available)('two apps in one process', () => {
  it('each keeps the Space descriptions it reads in its own store, not in the last one made', async () => {
    const [first, second] = [new MemorySharedState(), new MemorySharedState()];
    const options = { baseUrl: localSpaceUrl('qvq'), logLevel: 'silent' as const };
    const apps = [createApp(options, undefined, first), createApp(options, undefined, second)];
    const answer = await apps[0]?.request('/v1/chat/completions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content: 'which store?' }] }) });
    expect(answer?.status).toBe(200);
    const key = `gradio-config:${localSpaceUrl('qvq') ?? ''}`;
    expect(await first.readCached(key)).toContain('"version"');
    expect(await second.readCached(key)).toBeUndefined();
  });
});
