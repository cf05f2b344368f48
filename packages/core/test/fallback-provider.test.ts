import { describe, expect, it } from 'vitest';
import {
  FallbackProvider,
  MissingAuthError,
  ResponseError,
  RetryProviderError,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import { EchoProvider, FailingProvider } from './helpers/echo-provider.js';

const messages: Messages = [{ role: 'user', content: 'hello world' }];

async function collect(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe('FallbackProvider', () => {
  it('skips a provider that fails before any content and answers from the next', async () => {
    const failing = new FailingProvider('Down', new ResponseError('503'));
    const chain = new FallbackProvider([failing, new EchoProvider()]);
    expect(await chain.createCompletion('echo-1', messages)).toBe('hello world');
    expect(failing.calls).toBe(1);
  });

  it('lets progress and provider info through without counting them as content', async () => {
    const progress: StreamPart = { type: 'progress', stage: 'queued', rank: 2 };
    const chain = new FallbackProvider([new FailingProvider('Queued', new ResponseError('gone'), [progress]), new EchoProvider()]);
    const parts = await collect(chain.createAsyncGenerator('echo-1', messages, { parts: true }));
    expect(parts[0]).toEqual(progress);
    expect(parts.filter((part) => typeof part === 'string').join('')).toBe('hello world');
  });

  it('propagates an error once content reached the caller', async () => {
    const chain = new FallbackProvider([new FailingProvider('Half', new ResponseError('dropped'), ['Hel']), new EchoProvider()]);
    const seen: string[] = [];
    const reading = (async () => {
      for await (const chunk of chain.createAsyncGenerator('echo-1', messages)) seen.push(chunk);
    })();
    await expect(reading).rejects.toThrow('dropped');
    expect(seen).toEqual(['Hel']);
  });

  it('raises RetryProviderError with every cause, auth errors first, when all fail', async () => {
    const chain = new FallbackProvider([
      new FailingProvider('One', new ResponseError('busy')),
      new FailingProvider('Two', new MissingAuthError('needs a token')),
    ]);
    const error = await chain.createCompletion('echo-1', messages).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryProviderError);
    expect((error as RetryProviderError).failures.map((f) => f.provider)).toEqual(['Two', 'One']);
    expect((error as Error).message).toContain('  One: ResponseError: busy');
  });

  it('retries a provider only for retryable errors, as often as asked', async () => {
    const flaky = new FailingProvider('Flaky', new ResponseError('503', { retryable: true }));
    const fatal = new FailingProvider('Fatal', new ResponseError('400'));
    const chain = new FallbackProvider([flaky, fatal], { retriesPerProvider: 2 });
    await expect(chain.createCompletion('echo-1', messages)).rejects.toThrow(RetryProviderError);
    expect([flaky.calls, fatal.calls]).toEqual([3, 1]);
  });

  it('does not fall back when the caller aborted', async () => {
    const controller = new AbortController();
    const second = new EchoProvider('Second');
    const chain = new FallbackProvider([new EchoProvider('First', 50), second]);
    const reading = chain.createCompletion('echo-1', messages, { signal: controller.signal });
    setTimeout(() => { controller.abort(); }, 10);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(second.lastOptions).toBeUndefined();
  });

  it('tries every provider once, in some order, when shuffling', async () => {
    const providers = ['A', 'B', 'C'].map((name) => new FailingProvider(name, new ResponseError('no')));
    const chain = new FallbackProvider(providers, { shuffle: true });
    const error = (await chain.createCompletion('echo-1', messages).catch((e: unknown) => e)) as RetryProviderError;
    expect(error.failures.map((f) => f.provider).sort()).toEqual(['A', 'B', 'C']);
  });

  it('needs at least one provider', () => {
    expect(() => new FallbackProvider([])).toThrow('at least one provider');
  });
});
