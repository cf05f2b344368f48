import { MemorySharedState } from './memory-shared-state.js';
import type { SharedState } from './shared-state.js';

let current: SharedState = new MemorySharedState();

/** The process's shared state: what caches (Space descriptions) read and write. Default: in memory. */
export function sharedState(): SharedState {
  return current;
}

/** Makes `state` the process's shared state (a server with `--redis` gives its Redis store). */
export function useSharedState(state: SharedState): void {
  current = state;
}
