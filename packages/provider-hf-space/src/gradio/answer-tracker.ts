import type { StreamPart } from '@g4f/core';
import type { GradioEdit } from './apply-diff.js';

/** A path into a Space's outputs: output index first, then keys or list indexes. */
export type OutputPath = readonly (string | number)[];

/** Finds where the answer's text sits in a Space's outputs; undefined when it is not there yet. */
export type AnswerLocator = (outputs: readonly unknown[]) => OutputPath | undefined;

/** Where the thinking stands, as a Space titles it ("Thinking...", "End of Thought (3.2s)"). */
export interface ReasoningStatus {
  /** The title as the Space shows it. */
  status: string;
  /** Whether the thinking has ended. */
  done: boolean;
}

/** The answer in the text a Space shows, where it shows more (a status line, a summary after it). */
export type AnswerText = (shown: string) => string;

/** Reads the thinking's status from a Space's outputs; undefined when it shows none. */
export type ReasoningStatusReader = (outputs: readonly unknown[]) => ReasoningStatus | undefined;

/** The value at `path` in a Space's outputs; undefined where there is none. */
export function valueAt(outputs: readonly unknown[], path: OutputPath): unknown {
  let value: unknown = outputs;
  for (const key of path) value = (value as Record<string | number, unknown> | undefined)?.[key];
  return value;
}

function samePath(a: OutputPath, b: OutputPath | undefined): boolean {
  if (a === b) return true;
  if (b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The text appended at `path` (output index first) by `edits`, when every edit that touches the
// value there (at, above or below it) is an append to it; undefined otherwise, or when none does.
// Each event of a long answer passes here: plain loops, no arrays made.
function appendedAt(path: OutputPath, edits: readonly (readonly GradioEdit[])[]): string | undefined {
  const outputEdits = typeof path[0] === 'number' ? edits[path[0]] : undefined;
  if (outputEdits === undefined) return undefined;
  let appended: string | undefined;
  for (const [op, editPath, value] of outputEdits) {
    const shorter = Math.min(path.length - 1, editPath.length);
    let touches = true;
    for (let i = 0; i < shorter && touches; i++) touches = editPath[i] === path[i + 1];
    if (!touches) continue;
    if (op !== 'append' || editPath.length !== path.length - 1) return undefined;
    appended = (appended ?? '') + String(value);
  }
  return appended;
}

/**
 * A copy of a piece of a longer string that does not keep the longer one alive. A slice does: V8
 * makes it a view of its parent. On the call route each event re-sends the whole text, so an
 * answer's deltas, kept together by a caller (createCompletion, a chat history), would hold every
 * event's text: 78 MB for a 50k-character answer, against 3 MB copied. Appending a character
 * and cutting it off makes V8 copy the piece into a string of its own.
 */
function detached(piece: string): string {
  return `${piece} `.slice(0, -1);
}

/**
 * Turns a Space's growing outputs into text deltas. Spaces re-send the whole text on each
 * event (the REST route) or send edits (the queue protocol); either way each delta costs time
 * in proportion to the bytes received. A Space that rewrites text it already sent yields a
 * `text-replace` part with the whole new text.
 */
export class AnswerTracker {
  /** The answer as streamed so far. */
  text = '';
  // Where the answer was read last: edits there append to `text`.
  private path: OutputPath | undefined;

  constructor(
    private readonly locate: AnswerLocator,
    private readonly answerText?: AnswerText,
  ) {}

  /** The parts for outputs that arrived whole. */
  fromOutputs(outputs: readonly unknown[]): StreamPart[] {
    const path = this.locate(outputs);
    const value = path === undefined ? undefined : valueAt(outputs, path);
    this.path = typeof value === 'string' ? path : undefined;
    const shown = typeof value === 'string' ? value : '';
    const next = this.answerText === undefined ? shown : this.answerText(shown);
    if (next === this.text) return [];
    const previous = this.text;
    this.text = next;
    // slice + === compares with memcmp; startsWith walks the characters one by one (7x slower),
    // which costs much on the call route, where each event re-sends the whole text.
    if (next.length > previous.length && next.slice(0, previous.length) === previous) return [detached(next.slice(previous.length))];
    return [{ type: 'text-replace', text: next }];
  }

  /**
   * The parts for outputs changed by `edits` (one list per output; outputs already updated).
   * When the only edits that touch the answer are appends to it, the appended text is the delta
   * as it is (edits beside it, a `flushing` flag say, do not matter).
   */
  fromEdits(outputs: readonly unknown[], edits: readonly (readonly GradioEdit[])[]): StreamPart[] {
    // An append to the text shown may fall outside the answer in it.
    if (this.answerText !== undefined) return this.fromOutputs(outputs);
    const path = this.locate(outputs);
    // Where the answer moved (a new turn), or no edit is an append to it, compare whole texts.
    if (path === undefined || !samePath(path, this.path)) return this.fromOutputs(outputs);
    const delta = appendedAt(path, edits);
    if (delta === undefined) return this.fromOutputs(outputs);
    // The outputs hold the answer with the appends applied: keep that string rather than build
    // a second one from the deltas.
    this.text = valueAt(outputs, path) as string;
    return delta === '' ? [] : [delta];
  }
}
