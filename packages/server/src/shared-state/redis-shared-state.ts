import type { RateWindow, SharedState, SlotAttempt, SlotRequest } from '@g4f/core';
import type { Redis } from 'ioredis';
import { ACQUIRE_SLOT, COUNT_REQUEST, REFRESH_SLOT } from './redis-scripts.js';

/** Every key this server writes starts so, away from other programs' keys in the same Redis. */
const PREFIX = 'g4f:';

function slotKeys(key: string): string[] {
  const base = `${PREFIX}slots:{${key}}`;
  return [`${base}:holders`, `${base}:queue`, `${base}:queue-leases`, `${base}:arrivals`];
}

/**
 * SharedState in Redis, for replicas: cooldowns as keys with a PX expiry, slots as leases in sorted
 * sets (Lua, atomic), rate windows as INCR + PEXPIRE, cached descriptions as values with a TTL.
 */
export class RedisSharedState implements SharedState {
  constructor(private readonly redis: Redis) {}

  async cooldownLeft(key: string): Promise<number> {
    return Math.max(0, await this.redis.pttl(`${PREFIX}cooldown:${key}`));
  }

  async startCooldown(key: string, ms: number): Promise<void> {
    await this.redis.set(`${PREFIX}cooldown:${key}`, '1', 'PX', Math.max(1, Math.ceil(ms)));
  }

  async tryAcquireSlot({ key, holder, limit, ttlMs }: SlotRequest): Promise<SlotAttempt> {
    const reply = (await this.redis.eval(ACQUIRE_SLOT, 4, ...slotKeys(key), holder, limit, ttlMs)) as number[];
    const [acquired = 0, rank = 0, queueSize = 0] = reply;
    return acquired === 1 ? { acquired: true } : { acquired: false, rank, queueSize };
  }

  async refreshSlot({ key, holder, ttlMs }: SlotRequest): Promise<void> {
    const [holders = '', , leases = ''] = slotKeys(key);
    await this.redis.eval(REFRESH_SLOT, 2, holders, leases, holder, ttlMs);
  }

  async releaseSlot(key: string, holder: string): Promise<void> {
    const [holders = '', queue = '', leases = ''] = slotKeys(key);
    await this.redis.multi().zrem(holders, holder).zrem(queue, holder).zrem(leases, holder).exec();
  }

  async countRequest(key: string, windowMs: number): Promise<RateWindow> {
    const [count = 1, resetMs = windowMs] = (await this.redis.eval(COUNT_REQUEST, 1, `${PREFIX}rate:${key}`, windowMs)) as number[];
    return { count, resetMs };
  }

  async readCached(key: string): Promise<string | undefined> {
    return (await this.redis.get(`${PREFIX}cache:${key}`)) ?? undefined;
  }

  async writeCached(key: string, value: string, ttlMs: number): Promise<void> {
    await this.redis.set(`${PREFIX}cache:${key}`, value, 'PX', Math.max(1, Math.ceil(ttlMs)));
  }
}
