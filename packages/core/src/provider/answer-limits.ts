import { InvalidRequestError } from '../errors/lookup-errors.js';
import type { FinishPart, StreamPart } from '../types/stream-part.js';
import { CHARACTERS_PER_TOKEN, codePointLength } from '../usage/estimate-tokens.js';
import type { CallOptions } from './call-options.js';

/** The limits a caller sets on an answer, applied to every provider's stream alike. */
export type AnswerLimits = Pick<CallOptions, 'maxTokens' | 'stop'>;

/** The first `length` code points of a text. */
function firstCodePoints(text: string, length: number): string {
  let end = 0;
  let count = 0;
  for (const char of text) {
    if (count === length) break;
    end += char.length;
    count++;
  }
  return text.slice(0, end);
}

/** How many characters at the end of `text` could be the start of a stop sequence, to hold back until the next piece says. */
function pendingStopPrefix(text: string, stops: readonly string[]): number {
  let longest = 0;
  for (const stop of stops) {
    for (let length = Math.min(stop.length - 1, text.length); length > longest; length--) {
      if (text.endsWith(stop.slice(0, length))) {
        longest = length;
        break;
      }
    }
  }
  return longest;
}

/**
 * Where the first stop sequence starts in `text` at or after `from`, or -1. Text before what was
 * sent holds none (a stop's beginning is held back), so each piece costs its own length, not the answer's.
 */
function firstStop(text: string, stops: readonly string[], from: number): number {
  const found = stops.map((stop) => text.indexOf(stop, from)).filter((index) => index >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/**
 * Applies `maxTokens` and `stop` to a stream, as OpenAI does, for providers whose API takes
 * neither (no Space does): the answer ends before the first stop sequence (which is left out)
 * or at the estimated token limit (text and thinking count, `CHARACTERS_PER_TOKEN` a token), with
 * a `finish` part of reason `stop` or `length`. Ending returns from the provider's stream, so
 * its connection closes and the Space's job is cancelled. Text that may begin a stop sequence is
 * held back until the next piece shows whether it does.
 */
export async function* limitAnswer(parts: AsyncIterable<StreamPart>, limits: AnswerLimits): AsyncGenerator<StreamPart> {
  const { maxTokens } = limits;
  if (maxTokens !== undefined && !(Number.isInteger(maxTokens) && maxTokens > 0)) {
    throw new InvalidRequestError(`maxTokens must be a whole number above 0; got ${String(maxTokens)}.`);
  }
  const stops = (limits.stop ?? []).filter((stop) => stop !== '');
  const budget = maxTokens === undefined ? Infinity : maxTokens * CHARACTERS_PER_TOKEN;
  if (stops.length === 0 && budget === Infinity) {
    yield* parts;
    return;
  }
  let text = '';
  let sent = 0;
  let used = 0;
  let ended: FinishPart = { type: 'finish', reason: 'stop' };
  const finish = (reason: FinishPart['reason']): FinishPart => ({ type: 'finish', reason });

  for await (const part of parts) {
    if (typeof part === 'object' && part.type === 'finish') {
      ended = part;
      break;
    }
    if (typeof part === 'object' && part.type === 'reasoning-delta') {
      const kept = firstCodePoints(part.text, budget - used);
      used += codePointLength(kept);
      if (kept !== '') yield { type: 'reasoning-delta', text: kept };
      if (kept.length < part.text.length) {
        yield finish('length');
        return;
      }
      continue;
    }
    if (typeof part !== 'string' && part.type !== 'text-replace') {
      yield part;
      continue;
    }
    const replace = typeof part !== 'string';
    if (replace) {
      used -= codePointLength(text.slice(0, sent));
      text = part.text;
      sent = 0;
    } else {
      text += part;
    }
    const stopAt = firstStop(text, stops, sent);
    const safeEnd = stopAt >= 0 ? stopAt : text.length - pendingStopPrefix(text, stops);
    const fresh = text.slice(sent, safeEnd);
    const kept = firstCodePoints(fresh, budget - used);
    used += codePointLength(kept);
    if (replace) yield { type: 'text-replace', text: text.slice(0, sent) + kept };
    else if (kept !== '') yield kept;
    sent += kept.length;
    if (kept.length < fresh.length) {
      yield finish('length');
      return;
    }
    if (stopAt >= 0) {
      yield finish('stop');
      return;
    }
  }
  // The answer ended without reaching a stop sequence: what was held back is part of it.
  const rest = firstCodePoints(text.slice(sent), budget - used);
  if (rest !== '') yield rest;
  yield rest.length < text.length - sent ? finish('length') : ended;
}
