import type { RateWindow, SharedState, SlotAttempt, SlotRequest } from '@g4f/core';
import { MemorySharedState } from '@g4f/core';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RedisSharedState } from './redis-shared-state.js';

/**
 * Redis's shared state while Redis answers, this process's own while it does not: no request fails
 * because of Redis. Going away and coming back are logged once each; a command that fails (or
 * outlasts the client's short command timeout) is answered from memory.
 */
export class ResilientSharedState implements SharedState {
  private readonly shared: RedisSharedState;
  private readonly local = new MemorySharedState();
  private down = false;

  constructor(private readonly redis: Redis, private readonly logger: Logger) {
    this.shared = new RedisSharedState(redis);
    redis.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      logger.info('Redis is back: sharing cooldowns, slots, rate limits and cached descriptions again');
    });
    // ioredis reports each failed reconnect; one line says it all.
    redis.on('error', (error: unknown) => {
      this.wentDown(error);
    });
  }

  cooldownLeft(key: string): Promise<number> {
    return this.either((state) => state.cooldownLeft(key));
  }

  startCooldown(key: string, ms: number): Promise<void> {
    // Kept here too, so that the cooldown holds while Redis is away.
    void this.local.startCooldown(key, ms);
    return this.either((state) => state.startCooldown(key, ms));
  }

  tryAcquireSlot(request: SlotRequest): Promise<SlotAttempt> {
    return this.either((state) => state.tryAcquireSlot(request));
  }

  refreshSlot(request: SlotRequest): Promise<void> {
    return this.either((state) => state.refreshSlot(request));
  }

  async releaseSlot(key: string, holder: string): Promise<void> {
    // The slot may have been taken from either store; giving it back to both is harmless.
    await this.local.releaseSlot(key, holder);
    await this.either((state) => state.releaseSlot(key, holder));
  }

  countRequest(key: string, windowMs: number): Promise<RateWindow> {
    return this.either((state) => state.countRequest(key, windowMs));
  }

  readCached(key: string): Promise<string | undefined> {
    return this.either((state) => state.readCached(key));
  }

  writeCached(key: string, value: string, ttlMs: number): Promise<void> {
    return this.either((state) => state.writeCached(key, value, ttlMs));
  }

  private async either<T>(run: (state: SharedState) => Promise<T>): Promise<T> {
    if (this.redis.status !== 'ready') return run(this.local);
    try {
      return await run(this.shared);
    } catch (error) {
      this.wentDown(error);
      return run(this.local);
    }
  }

  private wentDown(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn({ err: error }, "Redis is unreachable: this replica keeps serving with its own cooldowns, slots, rate limits and cache until Redis returns");
  }
}
