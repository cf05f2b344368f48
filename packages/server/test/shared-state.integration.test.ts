import { setTimeout as sleep } from 'node:timers/promises';
import { MemorySharedState, type SharedState } from '@g4f/core';
import { redisServerAvailable, startRedisServer, type LocalRedis } from '@g4f/local-space';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisSharedState } from '../src/shared-state/redis-shared-state.js';

const withRedis = redisServerAvailable();
let redis: LocalRedis | undefined;
let client: Redis | undefined;

beforeAll(async () => {
  if (!withRedis) return;
  redis = await startRedisServer();
  client = new Redis(redis.url);
}, 30_000);
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

const stores: [string, () => SharedState][] = [
  ['in memory', () => new MemorySharedState()],
  ...(withRedis ? [['in Redis', () => new RedisSharedState(client as Redis)] as [string, () => SharedState]] : []),
];
let run = 0;

// One interface, two stores: each behaves as a user of the server relies on.
describe.each(stores)('shared state %s', (_name, open) => {
  const key = (name: string): string => `${name}-${++run}`;

  it('gives at most `limit` slots, queues the rest in arrival order, and moves the queue on a release', async () => {
    const state = open();
    const slots = key('slots');
    const ask = (holder: string) => state.tryAcquireSlot({ key: slots, holder, limit: 2, ttlMs: 10_000 });
    expect(await ask('a')).toEqual({ acquired: true });
    expect(await ask('b')).toEqual({ acquired: true });
    expect(await ask('c')).toEqual({ acquired: false, rank: 0, queueSize: 1 });
    expect(await ask('d')).toEqual({ acquired: false, rank: 1, queueSize: 2 });
    // A later caller cannot jump the queue when a slot frees.
    await state.releaseSlot(slots, 'a');
    expect(await ask('d')).toEqual({ acquired: false, rank: 0, queueSize: 2 });
    expect(await ask('c')).toEqual({ acquired: true });
    expect(await ask('d')).toEqual({ acquired: false, rank: 0, queueSize: 1 });
  });

  it("frees a holder's slot once its lease runs out unrefreshed, and keeps a refreshed one", async () => {
    const state = open();
    const slots = key('leases');
    const lease = (holder: string, ttlMs: number) => ({ key: slots, holder, limit: 2, ttlMs });
    expect(await state.tryAcquireSlot(lease('dies', 300))).toEqual({ acquired: true });
    expect(await state.tryAcquireSlot(lease('lives', 300))).toEqual({ acquired: true });
    await state.refreshSlot(lease('lives', 10_000));
    expect(await state.tryAcquireSlot(lease('waits', 10_000))).toMatchObject({ acquired: false });
    await sleep(400);
    expect(await state.tryAcquireSlot(lease('waits', 10_000))).toEqual({ acquired: true });
    expect(await state.tryAcquireSlot(lease('another', 10_000))).toMatchObject({ acquired: false, rank: 0 });
  });

  it('keeps a cooldown until its wait is over', async () => {
    const state = open();
    const cooldown = key('cooldown');
    expect(await state.cooldownLeft(cooldown)).toBe(0);
    await state.startCooldown(cooldown, 300);
    const left = await state.cooldownLeft(cooldown);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(300);
    await sleep(350);
    expect(await state.cooldownLeft(cooldown)).toBe(0);
  });

  it('counts requests in a window that starts again when it ends', async () => {
    const state = open();
    const window = key('rate');
    expect((await state.countRequest(window, 300)).count).toBe(1);
    const second = await state.countRequest(window, 300);
    expect(second.count).toBe(2);
    expect(second.resetMs).toBeGreaterThan(0);
    expect(second.resetMs).toBeLessThanOrEqual(300);
    await sleep(350);
    expect((await state.countRequest(window, 300)).count).toBe(1);
  });

  it('caches a value until its TTL', async () => {
    const state = open();
    const cached = key('cache');
    expect(await state.readCached(cached)).toBeUndefined();
    await state.writeCached(cached, '{"a":1}', 300);
    expect(await state.readCached(cached)).toBe('{"a":1}');
    await sleep(350);
    expect(await state.readCached(cached)).toBeUndefined();
  });
});
