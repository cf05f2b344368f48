import { setTimeout as sleep } from 'node:timers/promises';
import type { SharedState, SlotRequest } from './shared-state.js';

/** A place in the queue for a slot: rank 0 is next. */
export interface QueuePlace {
  /** How many callers wait before this one (0: it is next). */
  rank: number;
  /** How many callers wait in all. */
  queueSize: number;
}

/** How often a waiter asks again for a slot. */
const POLL_MS = 100;

/**
 * Waits for a slot, yielding the place in the queue whenever it changes; returns once
 * the slot is held. Aborting `signal` ends the wait with its AbortError; the caller then releases
 * the place (`releaseSlot`), as it releases a held slot.
 */
export async function* queueForSlot(state: SharedState, request: SlotRequest, signal?: AbortSignal): AsyncGenerator<QueuePlace> {
  let last: QueuePlace | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const attempt = await state.tryAcquireSlot(request);
    if (attempt.acquired) return;
    if (attempt.rank !== last?.rank || attempt.queueSize !== last.queueSize) {
      last = { rank: attempt.rank, queueSize: attempt.queueSize };
      yield last;
    }
    await sleep(POLL_MS, undefined, signal === undefined ? {} : { signal });
  }
}

/**
 * Keeps a held slot's lease alive (refreshed at a third of its TTL) until the returned function
 * gives the slot back. A holder that dies stops refreshing, and its slot frees itself at the TTL.
 */
export function holdSlot(state: SharedState, request: SlotRequest): () => Promise<void> {
  const timer = setInterval(() => {
    void state.refreshSlot(request).catch(() => undefined);
  }, Math.max(50, Math.floor(request.ttlMs / 3)));
  timer.unref();
  return async () => {
    clearInterval(timer);
    await state.releaseSlot(request.key, request.holder).catch(() => undefined);
  };
}
