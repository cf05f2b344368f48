import { describe, expect, it } from 'vitest';
import { QuotaExceededError, ResponseError } from '@g4f/core';
import { parseQuotaRetryAfter, spaceError } from '../src/gradio/space-errors.js';

describe('spaceError', () => {
  it.each([
    ['You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23', 83],
    ['You have exceeded your free GPU quota (150s requested vs. 20s left). Try again in 1:00:05', 3605],
    ['ZeroGPU quota exceeded. Try again in 12:30', 750],
    ['You have exceeded your GPU quota (60s requested vs. 0s left). Create a free account to get more usage quota.', undefined],
  ])('reads "%s" as QuotaExceededError with retryAfter %s', (message, retryAfter) => {
    const error = spaceError(message, 'Qwen_QVQ_72B', 'part');
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ retryAfter, provider: 'Qwen_QVQ_72B', partialText: 'part' });
    expect(error.message).toContain(message);
  });

  it('keeps another error\'s message', () => {
    const error = spaceError('CUDA out of memory', 'P', '');
    expect(error).toBeInstanceOf(ResponseError);
    expect(QuotaExceededError.isInstance(error)).toBe(false);
    expect(error.message).toBe('P: the Space reported an error: CUDA out of memory');
  });

  it('says when the Space gave no reason', () => {
    expect(spaceError(null, 'P', '').message).toContain('gave no reason');
    expect(spaceError('  ', 'P', '').message).toContain('gave no reason');
  });
});

describe('parseQuotaRetryAfter', () => {
  it('reads H:MM:SS and MM:SS, and nothing else', () => {
    expect(parseQuotaRetryAfter('Try again in 0:00:07')).toBe(7);
    expect(parseQuotaRetryAfter('try again in 2:05')).toBe(125);
    expect(parseQuotaRetryAfter('Try again later')).toBeUndefined();
  });
});
