import { MemorySharedState, type SharedState } from '@g4f/core';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { ResilientSharedState } from './resilient-shared-state.js';

/** The shared state of a server, and how to let go of it. */
export interface OpenedSharedState {
  state: SharedState;
  close(): Promise<void>;
}

/** How long one Redis command may take before it is answered from memory instead. */
const COMMAND_TIMEOUT_MS = 250;

/**
 * Redis at `redisUrl` (with this process's memory whenever it is away), or memory alone. Commands
 * are never queued while Redis is away, and reconnects are tried every second at most.
 */
export function openSharedState(redisUrl: string | undefined, logger: Logger): OpenedSharedState {
  if (redisUrl === undefined || redisUrl === '') return { state: new MemorySharedState(), close: () => Promise.resolve() };
  const redis = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 1000,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  return {
    state: new ResilientSharedState(redis, logger),
    close: async () => {
      redis.disconnect();
      await Promise.resolve();
    },
  };
}
