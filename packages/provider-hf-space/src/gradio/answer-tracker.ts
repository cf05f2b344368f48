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
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], outputs);
}

function samePath(a: OutputPath, b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}

// Whether an edit at `editPath` can change the value at `path`: it is at, above or below it.
function touches(path: OutputPath, editPath: readonly (string | number)[]): boolean {
  const shorter = Math.min(path.length, editPath.length);
  return path.slice(0, shorter).every((key, index) => key === editPath[index]);
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

  constructor(
    private readonly locate: AnswerLocator,
    private readonly answerText?: AnswerText,
  ) {}

  /** The parts for outputs that arrived whole. */
  fromOutputs(outputs: readonly unknown[]): StreamPart[] {
    const path = this.locate(outputs);
    const value = path === undefined ? undefined : valueAt(outputs, path);
    const shown = typeof value === 'string' ? value : '';
    const next = this.answerText === undefined ? shown : this.answerText(shown);
    if (next === this.text) return [];
    const previous = this.text;
    this.text = next;
    // slice + === compares with memcmp; startsWith walks the characters one by one (7x slower),
    // which costs much on the call route, where each event re-sends the whole text.
    if (next.length > previous.length && next.slice(0, previous.length) === previous) return [next.slice(previous.length)];
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
    const [output, ...inner] = path ?? [];
    const answerEdits = typeof output === 'number' ? edits[output]?.filter(([, editPath]) => touches(inner, editPath)) : undefined;
    // Without an edit at the answer, compare whole texts: its place in the outputs may be new.
    const onlyAppends =
      answerEdits !== undefined && answerEdits.length > 0 && answerEdits.every(([op, editPath]) => op === 'append' && samePath(inner, editPath));
    if (!onlyAppends) return this.fromOutputs(outputs);
    const delta = answerEdits.map(([, , value]) => String(value)).join('');
    this.text += delta;
    return delta === '' ? [] : [delta];
  }
}
