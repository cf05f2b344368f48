import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseStatusError, SpaceUnavailableError, TimeoutError, type Messages, type StreamPart } from '@g4f/core';
import { GradioSpaceProvider, hfSpaceProviders, Qwen_QVQ_72B, type SpaceSettings } from '@g4f/provider-hf-space';
import { startFakeHub, type FakeHub, type HubAnswer } from './helpers/fake-hub.js';
import { startSleepingSpace, type SleepingSpace } from './helpers/sleeping-space.js';

const ask: Messages = [{ role: 'user', content: 'Hello' }];
const token = 'hf_secretTokenOfTheCaller0123456789';
const fast = { hubPollInterval: 20, retry: { retries: 0 } } satisfies SpaceSettings;
let hub: FakeHub | undefined;
let space: SleepingSpace | undefined;

afterEach(async () => {
  await Promise.all([hub?.close(), space?.close()]);
  [hub, space] = [undefined, undefined];
});

/** A Space that never wakes (it only answers 503), and the Hub stand-in telling its stages. */
async function asleep(script: HubAnswer[], settings: SpaceSettings = {}) {
  hub = await startFakeHub('Qwen/QVQ-72B-preview', script);
  space = await startSleepingSpace('http://127.0.0.1:9', () => false);
  return Qwen_QVQ_72B.withSettings({ baseUrl: space.url, hubUrl: hub.url, ...fast, ...settings });
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as Error,
  );
}

describe('a Space that cannot run', () => {
  it('in RUNTIME_ERROR: SpaceUnavailableError with the stage and the Space\'s own error text, not retryable', async () => {
    const provider = await asleep([{ stage: 'RUNTIME_ERROR', errorMessage: 'Exit code: 1. Reason: ModuleNotFoundError: No module named \'spaces\'' }]);
    const error = await failure(provider.createCompletion('', ask));
    expect(error).toBeInstanceOf(SpaceUnavailableError);
    expect(error).toMatchObject({ stage: 'RUNTIME_ERROR', reason: 'Exit code: 1. Reason: ModuleNotFoundError: No module named \'spaces\'', retryable: false, provider: 'Qwen_QVQ_72B' });
    expect(error.message).toBe(
      'Qwen_QVQ_72B: the Space Qwen/QVQ-72B-preview cannot run: it failed while running (stage RUNTIME_ERROR: "Exit code: 1. Reason: ModuleNotFoundError: No module named \'spaces\'"). ' +
        `Only its owner can fix that (${hub?.url ?? ''}/spaces/Qwen/QVQ-72B-preview); use another provider.`,
    );
  });

  it('when PAUSED: says its owner paused it, without waiting', async () => {
    const provider = await asleep([{ stage: 'PAUSED' }]);
    const error = await failure(provider.createCompletion('', ask));
    expect(error).toBeInstanceOf(SpaceUnavailableError);
    expect(error).toMatchObject({ stage: 'PAUSED', reason: undefined, retryable: false });
    expect(error.message).toContain('its owner paused it (stage PAUSED)');
    expect(hub?.requests).toHaveLength(1);
  });

  it('sends the token to the Hub, and keeps it out of the error even where the Space\'s text has it', async () => {
    const provider = await asleep([{ stage: 'BUILD_ERROR', errorMessage: `pip failed with Authorization: Bearer ${token} at line 3` }]);
    const error = await failure(provider.createCompletion('', ask, { apiKey: token }));
    expect(hub?.requests[0]?.authorization).toBe(`Bearer ${token}`);
    if (!SpaceUnavailableError.isInstance(error)) throw error;
    expect(error.stage).toBe('BUILD_ERROR');
    for (const text of [error.message, error.reason ?? '', inspect(error)]) expect(text).not.toContain(token);
  });

  it('gives the 503 itself when the Hub says the Space runs (an overloaded Space, not a sleeping one)', async () => {
    const provider = await asleep([{ stage: 'RUNNING' }]);
    const error = await failure(provider.createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 503, retryable: true });
    expect(hub?.requests).toHaveLength(1);
  });
});

describe('the wait for a waking Space', () => {
  it('ends with the call\'s total timeout, having said the Space was waking', async () => {
    const provider = await asleep([{ stage: 'SLEEPING' }], { timeout: 400 });
    const parts: StreamPart[] = [];
    const started = Date.now();
    const error = await failure((async () => {
      for await (const part of provider.createAsyncGenerator('', ask, { parts: true })) parts.push(part);
    })());
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ kind: 'total', timeoutMs: 400 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(parts).toContainEqual({ type: 'progress', stage: 'waking' });
    expect(hub?.requests.length).toBeGreaterThan(2);
  });

  it('stops at once when the caller aborts, and asks the Hub no more', async () => {
    const provider = await asleep([{ stage: 'SLEEPING' }]);
    const controller = new AbortController();
    const error = await failure((async () => {
      for await (const part of provider.createAsyncGenerator('', ask, { parts: true, signal: controller.signal })) {
        if (typeof part === 'object' && part.type === 'progress' && part.stage === 'waking') controller.abort();
      }
    })());
    expect(error.name).toBe('AbortError');
    const asked = hub?.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hub?.requests.length).toBe(asked);
  });
});

describe('which Hub is asked', () => {
  it('at the Space\'s own address: huggingface.co, about the Space the provider names', async () => {
    const seen: string[] = [];
    // No network: the Space's host refuses, the Hub says the Space is paused.
    const offline: typeof fetch = async (input) => {
      const url = input instanceof Request ? input.url : String(input);
      seen.push(url);
      if (url.startsWith('https://huggingface.co/')) return Response.json({ id: 'Qwen/QVQ-72B-preview', runtime: { stage: 'PAUSED' } });
      return new Response('<title>503</title>', { status: 503 });
    };
    const error = await failure(Qwen_QVQ_72B.withSettings({ fetch: offline, ...fast }).createCompletion('', ask));
    expect(error).toBeInstanceOf(SpaceUnavailableError);
    expect(seen).toEqual(['https://qwen-qvq-72b-preview.hf.space/config', 'https://huggingface.co/api/spaces/Qwen/QVQ-72B-preview']);
  });

  it('at another address without hubUrl: none, and the 503 is the error', async () => {
    space = await startSleepingSpace('http://127.0.0.1:9', () => false);
    const seen: string[] = [];
    const recording: typeof fetch = (input, init) => {
      seen.push(new URL(input instanceof Request ? input.url : String(input)).origin);
      return fetch(input, init);
    };
    const error = await failure(Qwen_QVQ_72B.withSettings({ baseUrl: space.url, fetch: recording, ...fast }).createCompletion('', ask));
    expect(error).toBeInstanceOf(ResponseStatusError);
    expect(error).toMatchObject({ status: 503 });
    expect(new Set(seen)).toEqual(new Set([space.url]));
  });

  it('each provider names the Hub Space its host belongs to', () => {
    for (const provider of hfSpaceProviders) {
      const { space: id, url } = provider instanceof GradioSpaceProvider ? provider.definition : provider.facts;
      expect(id, provider.name).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(`https://${(id ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}.hf.space`, provider.name).toBe(url);
    }
  });
});
