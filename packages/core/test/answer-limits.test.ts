import { describe, expect, it } from 'vitest';
import { estimatePromptTokens, estimateTokens, InvalidRequestError, limitAnswer, type StreamPart } from '@g4f/core';
import { EchoProvider } from './helpers/echo-provider.js';

async function* stream(parts: readonly StreamPart[], closed: { value: boolean } = { value: false }): AsyncGenerator<StreamPart> {
  try {
    yield* parts;
    yield { type: 'finish', reason: 'stop' };
  } finally {
    closed.value = true;
  }
}

async function read(parts: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const all: StreamPart[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

describe('limitAnswer: max tokens and stop sequences for providers that take neither', () => {
  it('ends before a stop sequence split across pieces, leaves it out, and closes the provider\'s stream', async () => {
    const closed = { value: false };
    const parts = await read(limitAnswer(stream(['Hello wor', 'ld, EN', 'D of it', ' and more'], closed), { stop: ['END'] }));
    expect(parts.filter((part) => typeof part === 'string').join('')).toBe('Hello world, ');
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
    expect(closed.value).toBe(true);
  });

  it('gives back held text that turned out not to be a stop sequence', async () => {
    const parts = await read(limitAnswer(stream(['one E', 'NO two E']), { stop: ['END'] }));
    expect(parts.filter((part) => typeof part === 'string').join('')).toBe('one ENO two E');
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
  });

  it('cuts the answer at the estimated token limit (four characters a token) with finish reason length', async () => {
    const closed = { value: false };
    const parts = await read(limitAnswer(stream(['abcdefgh', 'ijklmnop', 'qrstuvwxyz'], closed), { maxTokens: 3 }));
    expect(parts).toEqual(['abcdefgh', 'ijkl', { type: 'finish', reason: 'length' }]);
    expect(closed.value).toBe(true);
  });

  it('counts thinking toward the limit and applies a stop sequence to a rewritten answer', async () => {
    expect(await read(limitAnswer(stream([{ type: 'reasoning-delta', text: 'thinking' }, 'answer']), { maxTokens: 3 }))).toEqual([
      { type: 'reasoning-delta', text: 'thinking' },
      'answ',
      { type: 'finish', reason: 'length' },
    ]);
    expect(await read(limitAnswer(stream(['draft', { type: 'text-replace', text: 'final. STOP here' }]), { stop: ['STOP'] }))).toEqual([
      'draft',
      { type: 'text-replace', text: 'final. ' },
      { type: 'finish', reason: 'stop' },
    ]);
  });

  it('applies to every provider through createAsyncGenerator, and refuses a limit that is not a whole number above 0', async () => {
    const echo = new EchoProvider();
    const messages = [{ role: 'user' as const, content: 'one two three four five' }];
    expect(await echo.createCompletion('echo-1', messages, { stop: ['three'] })).toBe('one two ');
    await expect(echo.createCompletion('echo-1', messages, { maxTokens: 0 })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('estimates tokens as characters (code points) over four, rounded up', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('Hello')).toBe(2);
    expect(estimateTokens('😀😀😀😀')).toBe(1);
    expect(estimatePromptTokens([{ role: 'system', content: 'Be brief' }, { role: 'user', content: [{ type: 'text', text: 'Hi there' }] }])).toBe(4);
  });
});
