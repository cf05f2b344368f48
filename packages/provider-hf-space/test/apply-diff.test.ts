import { describe, expect, it } from 'vitest';
import { applyDiff } from '../src/gradio/apply-diff.js';

describe('applyDiff', () => {
  it('appends to a string and replaces whole values', () => {
    expect(applyDiff('Hel', [['append', [], 'lo']])).toBe('Hello');
    expect(applyDiff('old', [['replace', [], 'new']])).toBe('new');
  });

  it('edits nested chat messages as Gradio sends them', () => {
    const chat = [['Hi', 'Hel']];
    expect(applyDiff(chat, [['append', [0, 1], 'lo']])).toEqual([['Hi', 'Hello']]);
    expect(applyDiff(chat, [['add', [1], ['Next?', '']]])).toEqual([['Hi', 'Hello'], ['Next?', '']]);
  });

  it('adds and deletes object keys', () => {
    expect(applyDiff({ a: 1, b: 2 }, [['delete', ['a'], null], ['add', ['c'], 3]])).toEqual({ b: 2, c: 3 });
  });

  it('deletes several list items as Gradio lists them, by ascending index', () => {
    expect(applyDiff(['a', 'b', 'c', 'd', 'e'], [['delete', [3], null], ['delete', [4], null]])).toEqual(['a', 'b', 'c']);
  });

  it('replaces a value whose type changed', () => {
    expect(applyDiff([null], [['replace', [0], { path: '/tmp/x.png' }]])).toEqual([{ path: '/tmp/x.png' }]);
  });
});
