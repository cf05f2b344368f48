import { InvalidArgumentError } from 'commander';

// Node's timers hold at most this many milliseconds; a longer delay fires after 1 ms instead.
const LONGEST_TIMER_MS = 2 ** 31 - 1;
const HIGHEST_PORT = 65_535;

/** Reads `text` as a whole number from `min` to `max`, or throws commander's usage error saying it must be `what`. */
function wholeNumber(text: string, min: number, max: number, what: string): number {
  // Number('') is 0 and Number('1e3') is 1000; only plain digits are a whole number here.
  const value = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return value;
  throw new InvalidArgumentError(`It must be ${what} from ${min} to ${max}.`);
}

/** commander's parser for a duration in milliseconds: at least 1, at most what a Node timer holds. */
export function parseMilliseconds(text: string): number {
  return wholeNumber(text, 1, LONGEST_TIMER_MS, 'a whole number of milliseconds');
}

/** commander's parser for how long something is kept, in milliseconds, where 0 keeps nothing. */
export function parseKeepMilliseconds(text: string): number {
  return wholeNumber(text, 0, LONGEST_TIMER_MS, 'a whole number of milliseconds (0: none)');
}

/** commander's parser for a TCP port to listen on; 0 lets the system pick a free one. */
export function parsePort(text: string): number {
  return wholeNumber(text, 0, HIGHEST_PORT, 'a port number');
}

/** commander's parser for a count of at least 1 (jobs at once, say). */
export function parseCount(text: string): number {
  return wholeNumber(text, 1, Number.MAX_SAFE_INTEGER, 'a whole number');
}
