import { afterEach, describe, expect, it } from 'vitest';
import {
  InvalidRequestError,
  MediaError,
  MissingAuthError,
  ResponseError,
  ResponseStatusError,
  TimeoutError,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import { Qwen_QVQ_72B, type SpaceSettings } from '@g4f/provider-hf-space';
import { eventStream, gradio5Config, json, pause, startFakeSpace, type FakeHandler, type FakeSpace } from './helpers/fake-space.js';

const ask: Messages = [{ role: 'user', content: 'Hello' }];
const fastRetry = { retries: 2, minDelay: 10, maxDelay: 20 };
let space: FakeSpace | undefined;

afterEach(async () => {
  await space?.close();
  space = undefined;
});

/** A fake Space on the REST call route whose event stream is `stream`. */
async function callRouteSpace(stream: FakeHandler, extra: Record<string, FakeHandler> = {}): Promise<FakeSpace> {
  space = await startFakeSpace({
    'POST /gradio_api/call/generate': json({ event_id: 'ev1' }),
    'GET /gradio_api/call/generate/ev1': stream,
    ...extra,
  });
  return space;
}

function provider(fake: FakeSpace, settings: SpaceSettings = {}) {
  return Qwen_QVQ_72B.withSettings({ baseUrl: fake.url, protocol: 'call', retry: fastRetry, ...settings });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );
}

describe('the Gradio transport, facing faults a real Gradio will not produce', () => {
  it('a dropped connection mid-answer throws ResponseError with the partial text, and is not retried', async () => {
    const fake = await callRouteSpace(async (res) => {
      const send = eventStream(res);
      send(['Hel'], 'generating');
      await pause(20);
      res.destroy();
    });
    const chunks: string[] = [];
    const error = await failure((async () => {
      for await (const chunk of provider(fake).createAsyncGenerator('', ask)) chunks.push(chunk);
    })());
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toMatch(/connection broke off mid-answer .* after 3 characters; the answer is truncated/);
    expect(error).toMatchObject({ partialText: 'Hel' });
    expect(chunks).toEqual(['Hel']);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('a stream that ends without `complete` is a truncated answer, never a short one', async () => {
    const fake = await callRouteSpace((res) => {
      eventStream(res)(['Hello wor'], 'generating');
      res.end();
    });
    const error = await failure(provider(fake).createCompletion('', ask));
    expect(error.message).toBe('Qwen_QVQ_72B: the event stream ended before the answer was complete, after 9 characters; the answer is truncated.');
    expect(error).toMatchObject({ partialText: 'Hello wor' });
  });

  it('a malformed data line after some deltas is a ResponseError naming the Space and the stream, with the text so far', async () => {
    const fake = await callRouteSpace((res) => {
      const send = eventStream(res);
      send(['Hello'], 'generating');
      send('{"not json', 'generating');
      res.end();
    });
    const error = await failure(provider(fake).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toBe(
      `Qwen_QVQ_72B: could not read the call event stream: the Space at ${fake.url} sent "{\\"not json", where Gradio sends JSON on every data: line. Check that the base URL is a Gradio app's root. The answer is truncated after 5 characters.`,
    );
    expect(error).toMatchObject({ partialText: 'Hello' });
  });

  it('an answer without event_id names the Space, the step and what Gradio sends there', async () => {
    space = await startFakeSpace({ 'POST /gradio_api/call/generate': json({ queued: true }) });
    await expect(provider(space).createCompletion('', ask)).rejects.toThrow(
      `could not start the call to /generate: the Space at ${space.url} sent {"queued":true}, where Gradio sends a JSON object with an event_id.`,
    );
  });

  it('a non-JSON answer names the Space, the step and what Gradio sends there', async () => {
    space = await startFakeSpace({
      'POST /gradio_api/call/generate': (res) => {
        res.writeHead(200, { 'content-type': 'text/plain' }).end('OK then');
      },
    });
    await expect(provider(space).createCompletion('', ask)).rejects.toThrow(`could not start the call to /generate: the Space at ${space.url} sent "OK then", where Gradio sends JSON.`);
  });

  it('a connection that drops before the answer began says so, and that trying again may help', async () => {
    const fake = await callRouteSpace(async (res) => {
      eventStream(res)(null, 'heartbeat');
      await pause(20);
      res.destroy();
    });
    const error = await failure(provider(fake).createCompletion('', ask));
    expect(error.message).toMatch(/^Qwen_QVQ_72B: the connection to the Space broke off \(.+\) before the answer began; try again\.$/);
    expect(error).toMatchObject({ partialText: '', retryable: true });
  });

  it('a sleeping Space (HTML 503) is retried until it wakes', async () => {
    let calls = 0;
    const fake = await callRouteSpace(
      (res) => {
        const send = eventStream(res);
        send(['Awake'], 'generating');
        send(['Awake now'], 'complete');
        res.end();
      },
      {
        'POST /gradio_api/call/generate': (res) => {
          calls++;
          if (calls < 3) res.writeHead(503, { 'content-type': 'text/html' }).end('<html><head><title>Space is sleeping</title></head></html>');
          else res.writeHead(200, { 'content-type': 'application/json' }).end('{"event_id":"ev1"}');
        },
      },
    );
    expect(await provider(fake).createCompletion('', ask)).toBe('Awake now');
    expect(calls).toBe(3);
  });

  it('a Space that stays asleep gives a retryable ResponseStatusError with the page title', async () => {
    let calls = 0;
    space = await startFakeSpace({
      'POST /gradio_api/call/generate': (res) => {
        calls++;
        res.writeHead(503, { 'content-type': 'text/html' }).end('<!doctype html><title>Space is building</title><p>wait</p>');
      },
    });
    const error = await failure(provider(space).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 503, bodyExcerpt: 'Space is building', retryable: true });
    expect(error.message).toContain('could not start the call to /generate: HTTP 503 (Space is building)');
    expect(calls).toBe(3);
  });

  it('a 429 is retried after the Retry-After it gives', async () => {
    const times: number[] = [];
    const fake = await callRouteSpace(
      (res) => {
        const send = eventStream(res);
        send(['ok'], 'complete');
        res.end();
      },
      {
        'POST /gradio_api/call/generate': (res) => {
          times.push(Date.now());
          if (times.length === 1) res.writeHead(429, { 'retry-after': '1' }).end('Too Many Requests');
          else res.writeHead(200, { 'content-type': 'application/json' }).end('{"event_id":"ev1"}');
        },
      },
    );
    expect(await provider(fake).createCompletion('', ask)).toBe('ok');
    expect(times).toHaveLength(2);
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('silence past the idle timeout is a TimeoutError with the partial text, and the connection is closed', async () => {
    const fake = await callRouteSpace((res) => {
      eventStream(res)(['Thinking'], 'generating');
    });
    const error = await failure(provider(fake, { idleTimeout: 200 }).createCompletion('', ask));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'idle', timeoutMs: 200, partialText: 'Thinking' });
    expect(error.message).toBe('Qwen_QVQ_72B: the Space sent nothing for 200 ms; raise the idleTimeout option or try later.');
    await pause(50);
    expect(fake.requests.at(-1)?.closedEarly).toBe(true);
  });

  it('heartbeats keep a slow answer alive; the total timeout still ends it', async () => {
    const fake = await callRouteSpace(async (res) => {
      const send = eventStream(res);
      for (let i = 0; i < 60 && !res.destroyed; i++) {
        send(null, 'heartbeat');
        await pause(50);
      }
    });
    // Heartbeats 50 ms apart against a 400 ms idle timeout: a busy machine's stalls stay well inside it.
    const error = await failure(provider(fake, { idleTimeout: 400, timeout: 1500 }).createCompletion('', ask));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'total', timeoutMs: 1500 });
  });

  it('a rewritten answer becomes a text-replace part, and the completion is the final text', async () => {
    const fake = await callRouteSpace((res) => {
      const send = eventStream(res);
      send(['Helo'], 'generating');
      send(['Hello'], 'generating');
      send(['Hello there'], 'complete');
      res.end();
    });
    const parts: StreamPart[] = [];
    for await (const part of provider(fake).createAsyncGenerator('', ask, { parts: true })) parts.push(part);
    expect(parts.filter((part) => typeof part === 'string' || part.type === 'text-replace')).toEqual(['Helo', { type: 'text-replace', text: 'Hello' }, ' there']);
    expect(await provider(fake).createCompletion('', ask)).toBe('Hello there');
  });

  it('an unreachable Space is a ResponseError that says where and what to check', async () => {
    const closed = await startFakeSpace({});
    const { url } = closed;
    await closed.close();
    const error = await failure(Qwen_QVQ_72B.withSettings({ baseUrl: url, retry: { retries: 0 } }).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toBe(`Qwen_QVQ_72B: could not read the Space's /config: cannot reach ${url} (ECONNREFUSED). Check the URL and the network.`);
  });
});

describe('the queue protocol against a fake Space', () => {
  function queueSpace(stream: FakeHandler): Promise<FakeSpace> {
    return startFakeSpace({
      'GET /config': gradio5Config,
      'POST /gradio_api/queue/join': json({ event_id: 'e1' }),
      'GET /gradio_api/queue/data': stream,
    });
  }

  it('finds fn_index and trigger in /config and streams appends from the session\'s stream', async () => {
    space = await queueSpace((res) => {
      const send = eventStream(res);
      send({ msg: 'estimation', event_id: 'e1', rank: 2, queue_size: 3, rank_eta: 1.5 });
      send({ msg: 'estimation', event_id: 'other', rank: 0, queue_size: 3 });
      send({ msg: 'process_starts', event_id: 'e1', eta: 0.5 });
      send({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: ['Hi'] } });
      send({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: [[['append', [], ' there']]] } });
      send({ msg: 'process_completed', event_id: 'e1', success: true, output: { data: ['Hi there'] } });
      send({ msg: 'close_stream', event_id: null });
      res.end();
    });
    const parts: StreamPart[] = [];
    for await (const part of Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createAsyncGenerator('', ask, { parts: true })) parts.push(part);
    expect(parts.slice(1)).toEqual([
      { type: 'progress', stage: 'queued', rank: 2, queueSize: 3, eta: 1.5 },
      { type: 'progress', stage: 'processing', eta: 0.5 },
      'Hi',
      ' there',
      { type: 'finish', reason: 'stop' },
    ]);
    const join = space.requests.find((r) => r.path === '/gradio_api/queue/join');
    const body = JSON.parse(join?.body ?? '{}') as { fn_index: number; trigger_id: number; session_hash: string; data: unknown[] };
    expect(body).toMatchObject({ fn_index: 7, trigger_id: 12, data: [null, 'Hello'] });
    expect(space.requests.at(-1)?.path).toBe(`/gradio_api/queue/data?session_hash=${body.session_hash}`);
  });

  it.each([
    ['a line that is not JSON', 'data: {"msg": "process_gene\n\n', /sent "\{\\"msg\\": \\"process_gene", where Gradio sends JSON on every data: line/],
    ['edits that are not edits', `data: ${JSON.stringify({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: ['oops'] } })}\n\n`, /where Gradio sends a list of edits for each output/],
    ['a completion without output', `data: ${JSON.stringify({ msg: 'process_completed', event_id: 'e1', success: true })}\n\n`, /where Gradio sends a process_completed message with output data/],
  ])('%s after some deltas is a ResponseError with the text delivered so far', async (_fault, line, words) => {
    const fake = await queueSpace(async (res) => {
      const send = eventStream(res);
      send({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: ['Hi'] } });
      send({ msg: 'process_generating', event_id: 'e1', success: true, output: { data: [[['append', [], ' there']]] } });
      await pause(10);
      res.end(line);
    });
    space = fake;
    const chunks: string[] = [];
    const error = await failure((async () => {
      for await (const chunk of Qwen_QVQ_72B.withSettings({ baseUrl: fake.url }).createAsyncGenerator('', ask)) chunks.push(chunk);
    })());
    expect(chunks.join('')).toBe('Hi there');
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ partialText: 'Hi there' });
    expect(error.message).toMatch(words);
    expect(error.message).toContain(`could not read the queue stream: the Space at ${fake.url} sent `);
    expect(error.message).toMatch(/The answer is truncated after 8 characters\.$/);
  });

  it('an unexpected_error keeps the server\'s words', async () => {
    space = await queueSpace((res) => {
      eventStream(res)({ msg: 'unexpected_error', message: 'Server stopped unexpectedly.', success: false });
      res.end();
    });
    await expect(Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createCompletion('', ask)).rejects.toThrow('Qwen_QVQ_72B: the Space reported an error: Server stopped unexpectedly.');
  });

  it('an abort while queued closes the stream before any answer', async () => {
    space = await queueSpace((res) => {
      eventStream(res)({ msg: 'estimation', event_id: 'e1', rank: 5, queue_size: 6 });
    });
    const controller = new AbortController();
    const local = Qwen_QVQ_72B.withSettings({ baseUrl: space.url });
    const reading = (async () => {
      for await (const part of local.createAsyncGenerator('', ask, { parts: true, signal: controller.signal })) {
        if (typeof part === 'object' && part.type === 'progress') controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    await pause(50);
    expect(space.requests.at(-1)).toMatchObject({ path: expect.stringContaining('/queue/data') as string, closedEarly: true });
  });

  it('falls back to the call route where the Space has no /config', async () => {
    space = await startFakeSpace({
      'POST /gradio_api/call/generate': json({ event_id: 'ev1' }),
      'GET /gradio_api/call/generate/ev1': (res) => {
        eventStream(res)(['by call'], 'complete');
        res.end();
      },
    });
    expect(await Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createCompletion('', ask)).toBe('by call');
    expect(space.requests.map((r) => r.path)).toEqual(['/config', '/gradio_api/call/generate', '/gradio_api/call/generate/ev1']);
  });
});

describe('answers Gradio never sends, and bad input', () => {
  it.each(['not-a-url', 'ftp://example.com', ''])('a base URL of %j is an InvalidRequestError before any request', async (baseUrl) => {
    const error = await failure(Qwen_QVQ_72B.withSettings({ baseUrl }).createCompletion('', ask));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toBe(`Qwen_QVQ_72B: the base URL ${JSON.stringify(baseUrl)} is not an http(s) URL; give the Space's root, such as https://qwen-qvq-72b-preview.hf.space.`);
  });

  it.each([
    ['null', null],
    ['a list', [1, 2]],
    ['dependencies that are no list', { dependencies: 'generate' }],
  ])('a /config of %s is a ResponseError naming the Space, the step and what Gradio sends', async (_shape, config) => {
    space = await startFakeSpace({ 'GET /config': json(config) });
    const error = await failure(Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.message).toBe(
      `Qwen_QVQ_72B: could not read the Space's /config: the Space at ${space.url} sent ${JSON.stringify(config)}, where Gradio sends a Gradio config (a JSON object listing the dependencies). Check that the base URL is a Gradio app's root.`,
    );
    expect(error.message).not.toMatch(/broke off|Cannot read/);
  });

  it('an error event whose data is no message or error object is named as such', async () => {
    const fake = await callRouteSpace((res) => {
      eventStream(res)(42, 'error');
      res.end();
    });
    await expect(provider(fake).createCompletion('', ask)).rejects.toThrow('sent 42, where Gradio sends an error event with null, a message, or {"error": message}.');
  });
});

describe('credentials and input checks', () => {
  const token = 'hf_TestTokenThatMustNeverLeak1234';

  it('sends the token and headers on every request, upload and event stream included', async () => {
    space = await startFakeSpace({
      'GET /config': gradio5Config,
      'POST /gradio_api/upload': json(['/tmp/gradio/x/red.png']),
      'POST /gradio_api/queue/join': json({ event_id: 'e1' }),
      'GET /gradio_api/queue/data': (res) => {
        eventStream(res)({ msg: 'process_completed', event_id: 'e1', success: true, output: { data: ['fine'] } });
        res.end();
      },
    });
    const media = [[new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname, 'red.png']] as const;
    const answer = await Qwen_QVQ_72B.withSettings({ baseUrl: space.url, headers: { 'x-client': 'g4f-ts' } }).createCompletion('', ask, { apiKey: token, media });
    expect(answer).toBe('fine');
    expect(space.requests).toHaveLength(4);
    for (const request of space.requests) {
      expect(request.headers.authorization, request.path).toBe(`Bearer ${token}`);
      expect(request.headers['x-client'], request.path).toBe('g4f-ts');
    }
    const join = JSON.parse(space.requests[2]?.body ?? '{}') as { data: unknown[] };
    expect(join.data[0]).toEqual({ path: '/tmp/gradio/x/red.png', orig_name: 'red.png', mime_type: 'image/png', size: 79, meta: { _type: 'gradio.FileData' } });
    expect(space.requests[1]?.body).toContain('filename="red.png"');
    expect(space.requests[1]?.body).toContain('Content-Type: image/png');
  });

  it('a refused token is a MissingAuthError that never shows the token', async () => {
    space = await startFakeSpace({
      'POST /gradio_api/call/generate': (res, _body, req) => {
        res.writeHead(401, { 'content-type': 'text/plain' }).end(`invalid token in header ${req.headers.authorization ?? ''}`);
      },
    });
    const error = await failure(provider(space).createCompletion('', ask, { apiKey: token }));
    expect(error).toBeInstanceOf(MissingAuthError);
    expect(error.message).toContain('HTTP 401');
    expect(`${error.message} ${String(error)} ${error.stack ?? ''}`).not.toContain(token);
  });

  it('an unsupported image format is a MediaError before anything is sent', async () => {
    space = await startFakeSpace({});
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
    await expect(provider(space).createCompletion('', ask, { media: [[pdf, 'doc.pdf']] })).rejects.toThrow(MediaError);
    await expect(provider(space).createCompletion('', ask, { media: [[pdf, 'doc.pdf']] })).rejects.toThrow(/Unsupported media format \(application\/pdf\)/);
    expect(space.requests).toEqual([]);
  });
});
