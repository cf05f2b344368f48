import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { AnswerTracker } from '../src/gradio/answer-tracker.js';

describe('AnswerTracker', () => {
  it('yields only the new part when the whole text is re-sent', () => {
    const tracker = new AnswerTracker(() => [0]);
    expect(tracker.fromOutputs([''])).toEqual([]);
    expect(tracker.fromOutputs(['Hel'])).toEqual(['Hel']);
    expect(tracker.fromOutputs(['Hello'])).toEqual(['lo']);
    expect(tracker.fromOutputs(['Hello'])).toEqual([]);
    expect(tracker.text).toBe('Hello');
  });

  it('passes appends at the answer on as they are', () => {
    const tracker = new AnswerTracker(() => [0]);
    tracker.fromOutputs(['Hi']);
    expect(tracker.fromEdits(['Hi there'], [[['append', [], ' there']]])).toEqual([' there']);
    expect(tracker.text).toBe('Hi there');
  });

  it('compares whole texts when the edits are not plain appends at the answer', () => {
    const tracker = new AnswerTracker(() => [0]);
    tracker.fromOutputs(['Hi']);
    expect(tracker.fromEdits(['Ho'], [[['replace', [], 'Ho']]])).toEqual([{ type: 'text-replace', text: 'Ho' }]);
    expect(tracker.fromEdits(['Ho', 'x'], [[], [['append', [], 'x']]])).toEqual([]);
  });

  it('follows the answer where the locator points, such as the last chat message', () => {
    const tracker = new AnswerTracker((outputs) => {
      const chat = outputs[0] as string[][];
      return [0, chat.length - 1, 1];
    });
    expect(tracker.fromOutputs([[['Hi', 'Hel']]])).toEqual(['Hel']);
    expect(tracker.fromEdits([[['Hi', 'Hello']]], [[['append', [0, 1], 'lo']]])).toEqual(['lo']);
    // A new turn moves the answer to another message: not an extension of the old text.
    const nextTurn = [[['Hi', 'Hello'], ['More', 'Sure']]];
    expect(tracker.fromEdits(nextTurn, [[['add', [1], ['More', 'Sure']]]])).toEqual([{ type: 'text-replace', text: 'Sure' }]);
  });

  it('reads the whole text when appends land on a message other than the one read last', () => {
    const tracker = new AnswerTracker((outputs) => [0, (outputs[0] as string[][]).length - 1, 1]);
    tracker.fromOutputs([[['Hi', 'Hello']]]);
    // The next turn's reply came whole in an output the tracker never read; now it grows.
    const grown = [[['Hi', 'Hello'], ['More', 'Sure thing']]];
    expect(tracker.fromEdits(grown, [[['append', [1, 1], ' thing']]])).toEqual([{ type: 'text-replace', text: 'Sure thing' }]);
    expect(tracker.fromEdits([[['Hi', 'Hello'], ['More', 'Sure thing!']]], [[['append', [1, 1], '!']]])).toEqual(['!']);
    expect(tracker.text).toBe('Sure thing!');
  });

  it("does not keep the re-sent texts alive through the deltas a caller keeps (the call route's 50k answer)", () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const tracker = new AnswerTracker(() => [0]);
    const deltas: unknown[] = [];
    gc();
    const before = process.memoryUsage().heapUsed;
    // As the call route sends them: each event's text parsed anew, 16 characters longer.
    for (let event = 1; event <= 3000; event++) deltas.push(...tracker.fromOutputs([JSON.parse(`"${'a'.repeat(16 * event)}"`)]));
    tracker.fromOutputs(['']);
    gc();
    // Kept as slices, the deltas would hold every event's text: 75 MB.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(15_000_000);
    expect(deltas.join('')).toHaveLength(48_000);
  });

  it('reports a shortened text as a rewrite', () => {
    const tracker = new AnswerTracker(() => [0]);
    tracker.fromOutputs(['Hello  ']);
    expect(tracker.fromOutputs(['Hello'])).toEqual([{ type: 'text-replace', text: 'Hello' }]);
  });

  it('treats a missing or non-text answer as empty', () => {
    const tracker = new AnswerTracker(() => undefined);
    expect(tracker.fromOutputs([42])).toEqual([]);
  });
});
