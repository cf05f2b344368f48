import { describe, expect, it } from 'vitest';
import { runG4f } from './run-g4f.js';

describe('g4f with a bad number for an option', () => {
  const timeout = /^g4f: option '--timeout <ms>' argument '.*' is invalid\. It must be a whole number of milliseconds from 1 to 2147483647\.\n$/;
  const port = /^g4f: option '--port <port>' argument '.*' is invalid\. It must be a port number from 0 to 65535\.\n$/;

  it.each([
    [['chat', '--timeout', 'abc', 'hi'], timeout],
    [['chat', '--timeout', '0', 'hi'], timeout],
    [['chat', '--timeout', '-5', 'hi'], timeout],
    [['chat', '--timeout=1.5', 'hi'], timeout],
    [['chat', '--timeout', '9999999999', 'hi'], timeout],
    [['serve', '--port', 'abc'], port],
    [['serve', '--port', '70000'], port],
    [['serve', '--port', '-1'], port],
  ])('g4f %j exits 2 with one line saying what the number must be', async (args, message) => {
    const run = await runG4f(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  });
});

describe('g4f serve with a bad shared-state option', () => {
  it.each([
    [['serve', '--space-concurrency', '0'], /^g4f: option '--space-concurrency <n>' argument '0' is invalid\. It must be a whole number from 1 to \d+\.\n$/],
    [['serve', '--slot-lease', 'soon'], /^g4f: option '--slot-lease <ms>' argument 'soon' is invalid\. It must be a whole number of milliseconds/],
    [['serve', '--redis', 'http://127.0.0.1:6379'], /^g4f: option '--redis <url>' argument '.*' is invalid\. It must be a redis:\/\/ \(or rediss:\/\/\) URL, like redis:\/\/127\.0\.0\.1:6379\.\n$/],
    [['serve', '--rate-limit', '5/week'], /^g4f: --rate-limit: The rate limit must be a whole number of requests per s, min or h, like "60\/min", not "5\/week"\.\n$/],
  ])('g4f %j exits 2 with one line saying what to give', async (args, message) => {
    const run = await runG4f(args);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
  });
});

describe('g4f chat without a prompt', () => {
  it('exits 2 saying how to give one, when stdin is empty too', async () => {
    const run = await runG4f(['chat'], { stdin: '' });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe('g4f: No prompt: give it as arguments (g4f chat "Why is the sky blue?") or on stdin (echo "Why is the sky blue?" | g4f chat).\n');
  });
});
