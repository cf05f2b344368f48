import { describe, expect, it } from 'vitest';
import type { Provider, StreamPart } from '@g4f/core';
import { connectionProbe, describeProvider } from '@g4f/core/testing';
import { AnySpaceProvider, type GradioSpaceProvider } from '@g4f/provider-hf-space';
import { eventually, localSpaceUrl } from '@g4f/local-space/testing';
import { startFakeHub } from './helpers/fake-hub.js';
import { conformanceScenarios } from './helpers/provider-fixtures.js';
import { startSleepingSpace } from './helpers/sleeping-space.js';

// spaces/any_space/app.py's text-stream app takes space_kit's triggers (quota, fail-midway, slow, empty).
const apps = localSpaceUrl('any-spaces');
const probe = connectionProbe();
const textStream = (): AnySpaceProvider => new AnySpaceProvider('space:someone/text-stream', { baseUrl: `${apps ?? ''}/text-stream`, fetch: probe.fetch });
const described: GradioSpaceProvider | undefined = apps === undefined ? undefined : await textStream().described();

describe.skipIf(described === undefined)('space:owner/name, as its description makes it, passes the conformance checks', () => {
  it('takes no image and draws none, as the Space says', () => {
    expect(described?.visionModels).toEqual([]);
    expect(described?.imageModels).toEqual([]);
  });

  describeProvider(() => described as Provider, conformanceScenarios({}, probe.open));
});

describe.skipIf(apps === undefined)('space:owner/name itself', () => {
  it('closes the connection when the caller stops reading', async () => {
    const stream = textStream().createAsyncGenerator('', [{ role: 'user', content: `trigger:slow ${'word '.repeat(20)}` }]);
    for await (const chunk of stream) {
      expect(chunk).toBe('Completion');
      break;
    }
    expect(await eventually(() => Promise.resolve(probe.open() === 0))).toBe(true);
  });

  it('sends nothing to a Space it refuses: it only reads the description', async () => {
    const requests: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return fetch(input, init);
    };
    const space = new AnySpaceProvider('space:someone/required-input', { baseUrl: `${apps ?? ''}/required-input`, fetch: recording });
    await expect(space.createCompletion('', [{ role: 'user', content: 'x' }])).rejects.toThrow(/has no default/);
    expect(requests.every((request) => request.startsWith('GET '))).toBe(true);
    expect(requests.some((request) => request.includes('queue'))).toBe(false);
  });
});

describe.skipIf(apps === undefined)('space:owner/name on a sleeping Space', () => {
  it('waits while the Space wakes before reading its description, then answers', async () => {
    const hub = await startFakeHub('someone/text-stream', [{ stage: 'SLEEPING' }, { stage: 'APP_STARTING' }, { stage: 'RUNNING' }]);
    const space = await startSleepingSpace(apps ?? '', () => hub.stage === 'RUNNING');
    try {
      const provider = new AnySpaceProvider('space:someone/text-stream', { baseUrl: `${space.url}/text-stream`, hubUrl: hub.url, hubPollInterval: 20, retry: { retries: 0 } });
      const parts: StreamPart[] = [];
      for await (const part of provider.createAsyncGenerator('', [{ role: 'user', content: 'wake up' }], { parts: true })) parts.push(part);
      const stages = parts.flatMap((part) => (typeof part === 'object' && part.type === 'progress' ? [part.stage] : []));
      expect(stages.slice(0, 2)).toEqual(['waking', 'starting']);
      expect(parts.filter((part) => typeof part === 'string').join('')).toBe('Completion of: wake up');
      expect(space.refused).toBeGreaterThan(0);
    } finally {
      await Promise.all([hub.close(), space.close()]);
    }
  });
});
