import { describe, expect, it } from 'vitest';
import {
  excerptBody,
  MissingAuthError,
  parseRetryAfter,
  raiseForStatus,
  RateLimitError,
  ResponseStatusError,
} from '@g4f/core';

function response(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers });
}

describe('raiseForStatus', () => {
  it('returns for a 2xx answer', async () => {
    await expect(raiseForStatus(response(200, 'ok'))).resolves.toBeUndefined();
  });

  it.each([401, 403])('throws MissingAuthError for %i, telling to pass a token', async (status) => {
    const error = await raiseForStatus(response(status, 'Invalid credentials'), { provider: 'P', step: 'upload the image' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAuthError);
    expect((error as Error).message).toMatch(/^P: could not upload the image: HTTP \d{3} \(Invalid credentials\)\. .*apiKey/);
  });

  it('throws a retryable RateLimitError with Retry-After seconds for 429', async () => {
    const error = await raiseForStatus(response(429, 'slow down', { 'Retry-After': '7' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 7, retryable: true });
    expect((error as Error).message).toContain('try again in 7 s');
  });

  it('reduces a sleeping Space\'s HTML 503 page to its title and marks it retryable', async () => {
    const html = '<!DOCTYPE html><html><head><title>Space is sleeping</title></head><body><script>x()</script></body></html>';
    const error = await raiseForStatus(response(503, html)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 503, bodyExcerpt: 'Space is sleeping', retryable: true });
  });

  it('does not retry a 500 or a 400', async () => {
    for (const status of [400, 500]) {
      await expect(raiseForStatus(response(status, '{"detail":"bad"}'))).rejects.toMatchObject({ status, retryable: false });
    }
  });

  it('never copies a token from the body into the error', async () => {
    const error = await raiseForStatus(response(400, 'bad header: Bearer hf_secretsecretsecret123')).catch((e: unknown) => e);
    expect((error as Error).message).not.toContain('hf_secretsecretsecret123');
  });
});

describe('excerptBody', () => {
  it('shortens long bodies to 200 characters on one line', () => {
    const excerpt = excerptBody(`${'word '.repeat(100)}\n\nmore`);
    expect(excerpt.length).toBe(201);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt).not.toContain('\n');
  });

  it('strips tags from an HTML page without a title', () => {
    expect(excerptBody('<html><body><h1>Bad gateway</h1></body></html>')).toBe('Bad gateway');
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
