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
/** How long a first connection may take; past it, the server starts on its own state and Redis joins when it answers. */
const CONNECT_TIMEOUT_MS = 2000;

// Resolves once Redis is ready, or its first attempt failed, or the time is up: never rejects.
function firstConnection(redis: Redis): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, CONNECT_TIMEOUT_MS);
    redis.once('ready', done);
    redis.once('error', done);
  });
}

/**
 * Redis at `redisUrl` (with this process's memory whenever it is away), or memory alone. It waits
 * for the first connection, so that a replica's first requests already share; commands are never
 * queued while Redis is away, and reconnects are tried every second at most.
 */
export async function openSharedState(redisUrl: string | undefined, logger: Logger): Promise<OpenedSharedState> {
  if (redisUrl === undefined || redisUrl === '') return { state: new MemorySharedState(), close: () => Promise.resolve() };
  const redis = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: CONNECT_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(times * 100, 1000),
  });
  const state = new ResilientSharedState(redis, logger);
  await firstConnection(redis);
  return {
    state,
    close: async () => {
      redis.disconnect();
      await Promise.resolve();
    },
  };
}
