import type { RateWindow, SharedState, SlotAttempt, SlotRequest } from './shared-state.js';

interface Slots {
  /** Holders and when their lease ends. */
  holders: Map<string, number>;
  /** Waiters in arrival order (a Map keeps insertion order) and when their place ends. */
  queue: Map<string, number>;
}

/** Past this many entries, a write first sweeps a map's expired ones (one per client address or token would pile up). */
const SWEEP_ABOVE = 1024;

function sweep<T>(entries: Map<string, T>, expiry: (entry: T) => number): void {
  if (entries.size <= SWEEP_ABOVE) return;
  const now = Date.now();
  for (const [key, entry] of entries) if (expiry(entry) <= now) entries.delete(key);
}

/** SharedState of one process, in Maps; each entry carries its expiry, checked when read. */
export class MemorySharedState implements SharedState {
  private readonly cooldowns = new Map<string, number>();
  private readonly slots = new Map<string, Slots>();
  private readonly windows = new Map<string, { count: number; ends: number }>();
  private readonly cache = new Map<string, { value: string; expires: number }>();

  cooldownLeft(key: string): Promise<number> {
    const left = (this.cooldowns.get(key) ?? 0) - Date.now();
    if (left <= 0) this.cooldowns.delete(key);
    return Promise.resolve(Math.max(0, left));
  }

  startCooldown(key: string, ms: number): Promise<void> {
    sweep(this.cooldowns, (ends) => ends);
    this.cooldowns.set(key, Date.now() + ms);
    return Promise.resolve();
  }

  tryAcquireSlot({ key, holder, limit, ttlMs }: SlotRequest): Promise<SlotAttempt> {
    const now = Date.now();
    const slots = this.slotsOf(key, now);
    const expires = now + ttlMs;
    if (slots.holders.has(holder)) {
      slots.holders.set(holder, expires);
      return Promise.resolve({ acquired: true });
    }
    slots.queue.set(holder, expires);
    const free = limit - slots.holders.size;
    const rank = [...slots.queue.keys()].indexOf(holder);
    if (rank < free) {
      slots.queue.delete(holder);
      slots.holders.set(holder, expires);
      return Promise.resolve({ acquired: true });
    }
    return Promise.resolve({ acquired: false, rank: rank - Math.max(0, free), queueSize: slots.queue.size });
  }

  refreshSlot({ key, holder, ttlMs }: SlotRequest): Promise<void> {
    const slots = this.slots.get(key);
    const expires = Date.now() + ttlMs;
    if (slots?.holders.has(holder) === true) slots.holders.set(holder, expires);
    else if (slots?.queue.has(holder) === true) slots.queue.set(holder, expires);
    return Promise.resolve();
  }

  releaseSlot(key: string, holder: string): Promise<void> {
    const slots = this.slots.get(key);
    slots?.holders.delete(holder);
    slots?.queue.delete(holder);
    if (slots?.holders.size === 0 && slots.queue.size === 0) this.slots.delete(key);
    return Promise.resolve();
  }

  countRequest(key: string, windowMs: number): Promise<RateWindow> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (window === undefined || window.ends <= now) {
      sweep(this.windows, (entry) => entry.ends);
      window = { count: 0, ends: now + windowMs };
      this.windows.set(key, window);
    }
    window.count += 1;
    return Promise.resolve({ count: window.count, resetMs: window.ends - now });
  }

  readCached(key: string): Promise<string | undefined> {
    const entry = this.cache.get(key);
    if (entry !== undefined && entry.expires <= Date.now()) this.cache.delete(key);
    return Promise.resolve(entry !== undefined && entry.expires > Date.now() ? entry.value : undefined);
  }

  writeCached(key: string, value: string, ttlMs: number): Promise<void> {
    sweep(this.cache, (entry) => entry.expires);
    this.cache.set(key, { value, expires: Date.now() + ttlMs });
    return Promise.resolve();
  }

  // The slots at `key`, with expired holders and waiters dropped.
  private slotsOf(key: string, now: number): Slots {
    let slots = this.slots.get(key);
    if (slots === undefined) {
      slots = { holders: new Map(), queue: new Map() };
      this.slots.set(key, slots);
    }
    for (const entries of [slots.holders, slots.queue]) {
      for (const [holder, expires] of entries) if (expires <= now) entries.delete(holder);
    }
    return slots;
  }
}
