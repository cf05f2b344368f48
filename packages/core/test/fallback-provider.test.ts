import { describe, expect, it } from 'vitest';
import {
  FallbackProvider,
  MediaError,
  MissingAuthError,
  ModelNotSupportedError,
  QuotaExceededError,
  ResponseError,
  RetryNoProviderError,
  RetryProviderError,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import { DrawingProvider, EchoProvider, FailingProvider } from './helpers/echo-provider.js';

const messages: Messages = [{ role: 'user', content: 'hello world' }];
const finish: StreamPart = { type: 'finish', reason: 'stop' };

async function collect(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const failure = (promise: Promise<unknown>): Promise<unknown> => promise.then(() => undefined, (error: unknown) => error);
const quota = (seconds: number | undefined) => new QuotaExceededError('GPU quota used up', seconds);

describe('FallbackProvider', () => {
  it('skips a provider that fails before any content and answers from the next', async () => {
    const failing = new FailingProvider('Down', new ResponseError('503'));
    const chain = new FallbackProvider([failing, new EchoProvider()]);
    expect(await chain.createCompletion('echo-1', messages)).toBe('hello world');
    expect(failing.calls).toBe(1);
  });

  it("tries each provider that knows an alias, though each gives it a model of its own (g4f's flux)", async () => {
    const [dev, schnell] = [new DrawingProvider('Dev', 'flux-dev', quota(60)), new DrawingProvider('Schnell', 'flux-schnell')];
    const chain = new FallbackProvider([dev, schnell]);
    expect(await chain.createCompletion('flux', messages)).toBe('drawn by flux-schnell');
    expect([dev.asked, schnell.asked]).toEqual([['flux-dev'], ['flux-schnell']]);
    // A model only one of them serves stays with it.
    expect(await failure(chain.createCompletion('flux-dev', messages))).toBeInstanceOf(QuotaExceededError);
    expect(schnell.asked).toEqual(['flux-schnell']);
  });

  it('moves on from an empty answer, and passes on only one finish part', async () => {
    const chain = new FallbackProvider([new FailingProvider('Empty', undefined, [finish]), new EchoProvider()]);
    const parts = await collect(chain.createAsyncGenerator('echo-1', messages, { parts: true }));
    expect(parts.filter((part) => typeof part === 'string').join('')).toBe('hello world');
    expect(parts.filter((part) => typeof part === 'object' && part.type === 'finish')).toEqual([finish]);
    expect(parts.at(-1)).toEqual(finish);
  });

  it('raises RetryNoProviderError, keeping each provider\'s error, when every answer is empty', async () => {
    const error = await failure(new FallbackProvider([new FailingProvider('A', undefined), new FailingProvider('B', undefined, [finish])]).createCompletion('echo-1', messages));
    expect(error).toBeInstanceOf(RetryNoProviderError);
    expect((error as RetryNoProviderError).errors).toHaveLength(2);
    expect((error as Error).message).toContain('  A: EmptyAnswerError: A: the answer had no text and no image.');
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

  it('raises RetryProviderError with every cause (errors[]), auth errors first, when all fail', async () => {
    const busy = new ResponseError('busy');
    const auth = new MissingAuthError('needs a token');
    const chain = new FallbackProvider([new FailingProvider('One', busy), new FailingProvider('Two', auth)]);
    const error = await failure(chain.createCompletion('echo-1', messages));
    expect(error).toBeInstanceOf(RetryProviderError);
    expect((error as RetryProviderError).failures.map((f) => f.provider)).toEqual(['Two', 'One']);
    expect((error as RetryProviderError).errors).toEqual([auth, busy]);
    expect((error as Error).message).toContain('  One: ResponseError: busy');
  });

  it('gives a QuotaExceededError with the shortest wait when every provider is out of quota', async () => {
    const chain = new FallbackProvider([new FailingProvider('A', quota(90)), new FailingProvider('B', quota(30)), new FailingProvider('C', quota(undefined))]);
    const error = await failure(chain.createCompletion('echo-1', messages));
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect((error as QuotaExceededError).retryAfter).toBe(30);
    expect((error as QuotaExceededError).errors).toHaveLength(3);
    expect((error as Error).message).toContain('try again in 30 s');
  });

  it('gives the one failure as it is, as g4f does, and the caller\'s own mistake unwrapped', async () => {
    const only = quota(5);
    expect(await failure(new FallbackProvider([new FailingProvider('A', only)]).createCompletion('echo-1', messages))).toBe(only);
    const [first, second] = [new MediaError('takes no images'), new MediaError('takes no images either')];
    expect(await failure(new FallbackProvider([new FailingProvider('A', first), new FailingProvider('B', second)]).createCompletion('echo-1', messages))).toBe(first);
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
    const error = (await failure(chain.createCompletion('echo-1', messages))) as RetryProviderError;
    expect(error.failures.map((f) => f.provider).sort()).toEqual(['A', 'B', 'C']);
  });

  it('asks only the providers that serve the model, and rejects one that none serves', async () => {
    const failing = new FailingProvider('Other', new ResponseError('never asked'));
    const chain = new FallbackProvider([failing, new EchoProvider()]);
    expect(await chain.createCompletion('echo-2', messages)).toBe('hello world');
    expect(failing.calls).toBe(0);
    await expect(chain.createCompletion('gpt-9', messages)).rejects.toBeInstanceOf(ModelNotSupportedError);
  });

  it('is named and described by its providers, its catalog theirs combined', () => {
    const chain = new FallbackProvider([new FailingProvider('A', undefined), new EchoProvider()]);
    expect([chain.name, chain.label, chain.url, chain.defaultModel]).toEqual(['Fallback(A, Echo)', 'Failing (test) / Echo (test)', 'http://127.0.0.1/failing', 'echo-1']);
    expect(chain.getModels()).toEqual(['echo-1', 'echo-2', 'echo-3']);
    expect(chain.visionModels).toEqual(['echo-2']);
    expect(new FallbackProvider([new EchoProvider()], { name: 'Echoes', label: 'All echoes', url: 'http://127.0.0.1/all' }).name).toBe('Echoes');
  });

  it('needs at least one provider', () => {
    expect(() => new FallbackProvider([])).toThrow('at least one provider');
  });
});
