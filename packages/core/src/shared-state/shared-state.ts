/** One try at a concurrency slot: taken, or the place in the queue of those waiting for one. */
export type SlotAttempt = { acquired: true } | { acquired: false; rank: number; queueSize: number };

/** A concurrency slot asked for: `limit` holders at most share `key`; each entry lives `ttlMs` unless refreshed. */
export interface SlotRequest {
  /** What the slots are of: a Space, say. */
  key: string;
  /** Who asks (unique per call): the same holder asking again keeps its place. */
  holder: string;
  /** How many holders may share `key` at once. */
  limit: number;
  /** How long the slot (or the place in the queue) lives unless refreshed, in milliseconds. */
  ttlMs: number;
}

/** The count of a fixed rate window after one more request. */
export interface RateWindow {
  /** Requests counted in this window, this one included. */
  count: number;
  /** Milliseconds until the window starts again. */
  resetMs: number;
}

/**
 * State that replicas of a server share (cooldowns, concurrency slots, rate windows, cached
 * descriptions), or one process keeps: one interface, a store in memory (`MemorySharedState`) and
 * one in Redis (`@g4f/server`). Every entry expires by itself, so a dead holder never blocks for long.
 */
export interface SharedState {
  /** Milliseconds left of the cooldown at `key`; 0 when there is none. */
  cooldownLeft(key: string): Promise<number>;
  /** Starts (or restarts) the cooldown at `key` for `ms`. */
  startCooldown(key: string, ms: number): Promise<void>;
  /** Takes a slot where one is free and no earlier caller waits; else joins (or keeps) the queue. */
  tryAcquireSlot(request: SlotRequest): Promise<SlotAttempt>;
  /** Extends a held slot's lease (or a place in the queue) by `ttlMs`. */
  refreshSlot(request: SlotRequest): Promise<void>;
  /** Gives a slot back, or leaves the queue. */
  releaseSlot(key: string, holder: string): Promise<void>;
  /** Counts one request in the fixed window at `key` of `windowMs`. */
  countRequest(key: string, windowMs: number): Promise<RateWindow>;
  /** The value cached at `key`, if it has not expired. */
  readCached(key: string): Promise<string | undefined>;
  /** Caches `value` at `key` for `ttlMs`. */
  writeCached(key: string, value: string, ttlMs: number): Promise<void>;
}
