import { describe, expect, it } from 'vitest';
import { openOnFirstRead } from '../src/provider/open-on-first-read.js';
import type { StreamPart } from '../src/types/stream-part.js';

async function* transport(log: string[]): AsyncGenerator<StreamPart> {
  try {
    yield 'Hel';
    yield 'lo';
  } finally {
    log.push('transport closed');
  }
}

describe('openOnFirstRead', () => {
  it('prepares on the first read, then gives its own parts and the opened stream\'s', async () => {
    const log: string[] = [];
    const stream = openOnFirstRead(() => {
      log.push('opened');
      return Promise.resolve({ first: [{ type: 'provider-info', provider: 'P', model: 'm', label: 'P' }], rest: transport(log) });
    });
    expect(log).toEqual([]);
    const parts: StreamPart[] = [];
    for await (const part of stream) parts.push(part);
    expect(parts).toEqual([{ type: 'provider-info', provider: 'P', model: 'm', label: 'P' }, 'Hel', 'lo']);
    expect(log).toEqual(['opened', 'transport closed']);
  });

  it('fails the first read when preparing fails', async () => {
    const stream = openOnFirstRead(() => Promise.reject(new Error('bad image')));
    await expect(stream[Symbol.asyncIterator]().next()).rejects.toThrow('bad image');
  });

  it('closes the opened stream when the caller stops reading', async () => {
    const log: string[] = [];
    const stream = openOnFirstRead(() => Promise.resolve({ first: [], rest: transport(log) }));
    for await (const part of stream) {
      expect(part).toBe('Hel');
      break;
    }
    expect(log).toEqual(['transport closed']);
  });

  it('gives nothing more once closed', async () => {
    const iterator = openOnFirstRead(() => Promise.resolve({ first: [], rest: transport([]) }))[Symbol.asyncIterator]();
    await iterator.return?.();
    await expect(iterator.next()).resolves.toEqual({ done: true, value: undefined });
  });
});
