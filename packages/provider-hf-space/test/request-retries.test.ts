import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitError, ResponseError, TimeoutError, type Messages } from '@g4f/core';
import { Qwen_QVQ_72B, type SpaceSettings } from '@g4f/provider-hf-space';
import { eventStream, gradio5Config, json, pause, startFakeSpace, type FakeHandler, type FakeSpace } from './helpers/fake-space.js';

const ask: Messages = [{ role: 'user', content: 'Hello' }];
const token = 'hf_TokenOfTheCallerThatMustNotLeak42';
const fastRetry = { retries: 2, minDelay: 10, maxDelay: 20 };
const image = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
let space: FakeSpace | undefined;

afterEach(async () => {
  await space?.close();
  space = undefined;
});

/** Answers with `first` on the first request, then as `then` does. */
function firstThen(first: FakeHandler, then: FakeHandler): FakeHandler {
  let calls = 0;
  return (res, body, req) => (calls++ === 0 ? first(res, body, req) : then(res, body, req));
}

const refuse =
  (status: number, headers: Record<string, string> = {}): FakeHandler =>
  (res) => {
    res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end('Try later');
  };

const completed: FakeHandler = (res) => {
  eventStream(res)({ msg: 'process_completed', event_id: 'e1', success: true, output: { data: ['done'] } });
  res.end();
};

/** A Gradio 5 Space on the queue; `routes` replaces any of its routes. */
async function queueSpace(routes: Record<string, FakeHandler> = {}): Promise<FakeSpace> {
  space = await startFakeSpace({
    'GET /config': gradio5Config,
    'POST /gradio_api/upload': json(['/tmp/gradio/z/red.png']),
    'POST /gradio_api/queue/join': json({ event_id: 'e1' }),
    'GET /gradio_api/queue/data': completed,
    ...routes,
  });
  return space;
}

function provider(fake: FakeSpace, settings: SpaceSettings = {}) {
  return Qwen_QVQ_72B.withSettings({ baseUrl: fake.url, retry: fastRetry, ...settings });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );
}

const times = (fake: FakeSpace, path: string): number => fake.requests.filter((r) => r.path.split('?')[0] === path).length;

describe('the short requests of a call, retried before their answer arrives', () => {
  it('joining the queue is tried again after the Retry-After of a 429', async () => {
    const stamps: number[] = [];
    const join = json({ event_id: 'e1' });
    const fake = await queueSpace({
      'POST /gradio_api/queue/join': (res, body, req) => {
        stamps.push(Date.now());
        return stamps.length === 1 ? refuse(429, { 'retry-after': '1' })(res, body, req) : join(res, body, req);
      },
    });
    expect(await provider(fake).createCompletion('', ask)).toBe('done');
    expect(stamps).toHaveLength(2);
    expect((stamps[1] ?? 0) - (stamps[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('a /config answered 503 with Retry-After is read again after that wait', async () => {
    const started = Date.now();
    const fake = await queueSpace({ 'GET /config': firstThen(refuse(503, { 'retry-after': '1' }), gradio5Config) });
    expect(await provider(fake).createCompletion('', ask)).toBe('done');
    expect(times(fake, '/config')).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('a Retry-After beyond maxRetryAfter is not waited for: a RateLimitError with retryAfter, at once, without the token', async () => {
    const started = Date.now();
    const fake = await queueSpace({ 'POST /gradio_api/queue/join': refuse(429, { 'retry-after': '120' }) });
    const error = await failure(provider(fake).createCompletion('', ask, { apiKey: token }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 120, retryable: true });
    expect(error.message).toContain('could not join the queue of /generate: HTTP 429');
    expect(times(fake, '/gradio_api/queue/join')).toBe(1);
    expect(Date.now() - started).toBeLessThan(900);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  });

  it('an upload refused with a 503 is sent again, whole', async () => {
    const fake = await queueSpace({ 'POST /gradio_api/upload': firstThen(refuse(503), json(['/tmp/gradio/z/red.png'])) });
    expect(await provider(fake).createCompletion('', ask, { media: [[image, 'red.png']] })).toBe('done');
    const uploads = fake.requests.filter((r) => r.path.startsWith('/gradio_api/upload'));
    expect(uploads).toHaveLength(2);
    expect(uploads[1]?.body).toBe(uploads[0]?.body);
    expect(uploads[1]?.body).toContain('filename="red.png"');
  });

  it('a request that gets no answer within requestTimeout is a retryable TimeoutError naming the step, without the token', async () => {
    const fake = await queueSpace({ 'GET /config': () => undefined });
    const started = Date.now();
    const error = await failure(provider(fake, { requestTimeout: 200 }).createCompletion('', ask, { apiKey: token }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'request', timeoutMs: 200, retryable: true, provider: 'Qwen_QVQ_72B' });
    expect(error.message).toBe(
      `Qwen_QVQ_72B: could not read the Space's /config: the Space at ${fake.url} did not answer within 200 ms; raise the requestTimeout setting or try later.`,
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(inspect(error, { depth: 10 })).not.toContain(token);
  });

  it('a join whose connection breaks after it was sent is not sent again: the Space may have started the job', async () => {
    const fake = await queueSpace({
      'POST /gradio_api/queue/join': (res) => {
        res.destroy();
      },
    });
    const error = await failure(provider(fake).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toContain('could not join the queue of /generate');
    expect(times(fake, '/gradio_api/queue/join')).toBe(1);
  });

  it('a call whose connection breaks after it was sent is not started again', async () => {
    const fake = await queueSpace({
      'POST /gradio_api/call/generate': (res) => {
        res.destroy();
      },
    });
    const error = await failure(provider(fake, { protocol: 'call' }).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(times(fake, '/gradio_api/call/generate')).toBe(1);
  });

  it('an event stream that breaks after the first delta is not joined again: the error keeps the text', async () => {
    const fake = await queueSpace({
      'GET /gradio_api/queue/data': async (res) => {
        eventStream(res)({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: ['Hel'] } });
        await pause(20);
        res.destroy();
      },
    });
    const error = await failure(provider(fake).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ partialText: 'Hel', retryable: false });
    expect([times(fake, '/gradio_api/queue/join'), times(fake, '/gradio_api/queue/data')]).toEqual([1, 1]);
  });
});
