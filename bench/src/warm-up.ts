import type { AskRequest } from './child-protocol.js';
import type { ChildSession } from './child-session.js';
import { median } from './stats.js';

/**
 * When a contender's CPU per answer counts as steady: once it has stopped falling, that is when
 * the median of the last `window` warm-up answers is at least `minShare` of the median of the
 * `window` before them. Medians, so that one garbage collection does not decide.
 */
export interface WarmUpRule {
  window: number;
  minShare: number;
  /** Warm-up answers at most; the report says when a contender reached it without settling. */
  max: number;
}

/** The rule of a full run: V8 takes about ten 50k answers to settle, Python three. */
export const steadyRule: WarmUpRule = { window: 3, minShare: 0.95, max: 30 };

/** Whether the CPU of these warm-up answers, in order, has settled by `rule`. */
export function isSteady(cpuMs: readonly number[], rule: WarmUpRule): boolean {
  if (cpuMs.length < 2 * rule.window) return false;
  return median(cpuMs.slice(-rule.window)) >= rule.minShare * median(cpuMs.slice(-2 * rule.window, -rule.window));
}

/** How one contender warmed up. */
export interface WarmUp {
  contender: string;
  /** CPU of each untimed answer, in order. */
  cpuMs: number[];
  steady: boolean;
}

/** Asks `request`, untimed, until the contender's CPU per answer is steady or `rule.max` is reached. */
export async function warmUp(contender: string, session: ChildSession, request: AskRequest, rule: WarmUpRule): Promise<WarmUp> {
  const cpuMs: number[] = [];
  while (cpuMs.length < rule.max && !isSteady(cpuMs, rule)) cpuMs.push((await session.ask(request)).cpuMs);
  return { contender, cpuMs, steady: isSteady(cpuMs, rule) };
}
