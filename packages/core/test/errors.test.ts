import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  errorKind,
  G4FError,
  InvalidRequestError,
  isG4FError,
  MediaError,
  MissingAuthError,
  ModelNotFoundError,
  QuotaExceededError,
  RateLimitError,
  redactSecrets,
  registerSecret,
  ResponseError,
  ResponseStatusError,
  RetryProviderError,
  SpaceUnavailableError,
  TimeoutError,
} from '@g4f/core';

describe('G4FError', () => {
  it('prefixes the message with the provider and keeps provider, cause and retryable', () => {
    const cause = new Error('socket hang up');
    const error = new ResponseError('the stream ended early', { provider: 'Qwen_QVQ_72B', cause, retryable: true, partialText: 'Hel' });
    expect(error.message).toBe('Qwen_QVQ_72B: the stream ended early');
    expect(error.provider).toBe('Qwen_QVQ_72B');
    expect(error.cause).toBe(cause);
    expect(error.retryable).toBe(true);
    expect(error.partialText).toBe('Hel');
    expect(error.name).toBe('ResponseError');
    expect(error).toBeInstanceOf(G4FError);
  });

  it('is not retryable unless told', () => {
    expect(new G4FError('x').retryable).toBe(false);
  });

  it('recognises errors of another copy of the package by marker and class name', () => {
    // A second copy of the package has its own classes with the same names.
    const { RateLimitError: OtherRateLimitError } = { RateLimitError: class RateLimitError extends Error {} };
    const foreign = new OtherRateLimitError('slow down');
    Object.defineProperty(foreign, Symbol.for('g4f.error'), { value: true });
    expect(isG4FError(foreign)).toBe(true);
    expect(RateLimitError.isInstance(foreign)).toBe(true);
    expect(QuotaExceededError.isInstance(foreign)).toBe(false);
    expect(isG4FError(new Error('plain'))).toBe(false);
  });

  it('puts subclasses under their parents for isInstance', () => {
    const error = new RateLimitError('slow', 429, '', 3);
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(MissingAuthError.isInstance(error)).toBe(false);
  });

  it('lists near matches when a model is not found', () => {
    expect(new ModelNotFoundError('qvq', ['qvq-72b']).message).toContain('Did you mean: qvq-72b?');
  });

  it('says which limit ran out in a TimeoutError', () => {
    const error = new TimeoutError('no event for 100 ms', 'idle', 100, { partialText: 'ab' });
    expect([error.kind, error.timeoutMs, error.partialText, error.retryable]).toEqual(['idle', 100, 'ab', true]);
  });
});

describe('secrets in errors', () => {
  const token = 'hf_abcdefghijklmnopqrstuvwxyz012345';

  it('never shows a Hugging Face token in message, toString or inspect', () => {
    const error = new MissingAuthError(`refused header Authorization: Bearer ${token}`);
    for (const text of [error.message, String(error), inspect(error), JSON.stringify({ message: error.message })]) {
      expect(text).not.toContain(token);
      expect(text).not.toContain('abcdefghijklmnop');
    }
  });

  it('hides a registered secret of any shape', () => {
    registerSecret('plain-secret-value-42');
    expect(redactSecrets('key was plain-secret-value-42!')).toBe('key was ***!');
    expect(new G4FError('got plain-secret-value-42').message).not.toContain('plain-secret-value-42');
  });

  it('hides the user and password of a URL', () => {
    expect(redactSecrets('cannot fetch http://me:p4ssw0rd-long@127.0.0.1:9/x')).toBe('cannot fetch http://***@127.0.0.1:9/x');
  });

  it('scrubs the cause chain like the message, so util.inspect shows no token', async () => {
    // What undici says about a base URL with credentials, wrapped as the transport wraps it.
    const request = await fetch('http://user:userinfoSecret123@127.0.0.1:9/').catch((error: unknown) => error);
    const error = new ResponseError('the Space could not be reached', { cause: new Error('fetch failed', { cause: request }) });
    const shown = inspect(error, { depth: 10 });
    expect(shown).toContain('fetch failed');
    expect(shown).not.toContain('userinfoSecret123');
    expect((error.cause as Error).cause).toBe(request);
  });

  it('hides api keys in query strings', () => {
    expect(redactSecrets('GET /x?api_key=12345678&b=1')).toBe('GET /x?api_key=***&b=1');
  });
});

describe('RetryProviderError', () => {
  it('names every provider and cause on one line each, auth errors first', () => {
    const error = new RetryProviderError([
      { provider: 'A', error: new ResponseError('boom\nsecond line') },
      { provider: 'B', error: new MissingAuthError('needs a token') },
    ]);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('All 2 providers failed:');
    expect(lines[1]).toBe('  B: MissingAuthError: needs a token');
    expect(lines[2]).toBe('  A: ResponseError: boom');
    expect(error.failures.map((failure) => failure.provider)).toEqual(['B', 'A']);
    expect(MissingAuthError.isInstance(error.cause)).toBe(true);
  });
});

describe('errorKind', () => {
  it('sorts errors into what a surface answers alike', () => {
    expect(errorKind(new InvalidRequestError('x'))).toBe('invalid-request');
    expect(errorKind(new MediaError('x'))).toBe('invalid-request');
    expect(errorKind(new ModelNotFoundError('m', []))).toBe('not-found');
    expect(errorKind(new MissingAuthError('x'))).toBe('auth');
    expect(errorKind(new QuotaExceededError('x', 3))).toBe('quota');
    expect(errorKind(new RateLimitError('x', 429, '', 1))).toBe('quota');
    expect(errorKind(new TimeoutError('x', 'idle', 1))).toBe('timeout');
    expect(errorKind(new ResponseError('x'))).toBe('upstream');
    expect(errorKind(new SpaceUnavailableError('x', 'PAUSED', undefined))).toBe('upstream');
    expect(errorKind(new DOMException('stop', 'AbortError'))).toBe('aborted');
    expect(errorKind(new TypeError('bug'))).toBe('unexpected');
  });
});
