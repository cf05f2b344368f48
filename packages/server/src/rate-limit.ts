import { InvalidRequestError } from '@g4f/core';

/** A request rate: `requests` per window of `windowMs`. */
export interface RateLimit {
  /** How many requests one caller may send in a window. */
  requests: number;
  /** The window's length, in milliseconds. */
  windowMs: number;
}

const UNITS: Readonly<Record<string, number>> = { s: 1000, sec: 1000, second: 1000, min: 60_000, minute: 60_000, h: 3_600_000, hour: 3_600_000 };

/** Reads "60/min" (also /s, /h); a bad rate is an InvalidRequestError saying what is allowed. */
export function parseRateLimit(text: string): RateLimit {
  const match = /^\s*(\d+)\s*\/\s*([a-z]+)\s*$/i.exec(text);
  const windowMs = match === null ? undefined : UNITS[(match[2] ?? '').toLowerCase()];
  const requests = Number(match?.[1]);
  if (windowMs === undefined || !Number.isSafeInteger(requests) || requests < 1) {
    throw new InvalidRequestError(`The rate limit must be a whole number of requests per s, min or h, like "60/min", not "${text}".`);
  }
  return { requests, windowMs };
}
