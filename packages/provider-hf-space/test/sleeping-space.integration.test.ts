import { afterEach, describe, expect, it } from 'vitest';
import type { Messages, ProgressPart, StreamPart } from '@g4f/core';
import { CohereForAI_C4AI_Command, HuggingSpace, Qwen_QVQ_72B, type GradioProtocol } from '@g4f/provider-hf-space';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { startFakeHub, type FakeHub, type HubAnswer } from './helpers/fake-hub.js';
import { startSleepingSpace, type SleepingSpace } from './helpers/sleeping-space.js';

const spaceUrl = localSpaceUrl('qvq');
const commandUrl = localSpaceUrl('command');
const ask: Messages = [{ role: 'user', content: 'Tell me about the sea' }];
const token = 'hf_wakeUpTokenForTheHub0123456789';
let hub: FakeHub | undefined;
let space: SleepingSpace | undefined;

afterEach(async () => {
  await Promise.all([hub?.close(), space?.close()]);
  [hub, space] = [undefined, undefined];
});

/** The real local QVQ Space behind a host that answers 503 until the Hub stand-in says RUNNING. */
async function sleepingQvq(script: HubAnswer[], awake = (): boolean => hub?.stage === 'RUNNING') {
  hub = await startFakeHub('Qwen/QVQ-72B-preview', script);
  space = await startSleepingSpace(spaceUrl ?? '', awake);
  return Qwen_QVQ_72B.withSettings({ baseUrl: space.url, hubUrl: hub.url, hubPollInterval: 20, retry: { retries: 1, minDelay: 10, maxDelay: 10 } });
}

async function partsOf(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const wakingStages = (parts: StreamPart[]): ProgressPart['stage'][] =>
  parts.flatMap((part) => (typeof part === 'object' && part.type === 'progress' && ['waking', 'building', 'starting'].includes(part.stage) ? [part.stage] : []));
const textOf = (parts: StreamPart[]): string => parts.filter((part) => typeof part === 'string').join('');

describe.skipIf(spaceUrl === undefined)('a sleeping Space in front of the real local QVQ Space', () => {
  it.each<GradioProtocol>(['queue', 'call'])('on the %s protocol: waking, then starting, then the real answer', async (protocol) => {
    const provider = await sleepingQvq([{ stage: 'SLEEPING' }, { stage: 'SLEEPING' }, { stage: 'APP_STARTING' }, { stage: 'RUNNING' }]);
    const parts = await partsOf(provider.createAsyncGenerator('', ask, { parts: true, providerOptions: { Qwen_QVQ_72B: { protocol } } }));
    expect(wakingStages(parts)).toEqual(['waking', 'starting']);
    expect(textOf(parts)).toBe('Tell me about the sea');
    expect(space?.refused).toBeGreaterThan(0);
    expect(hub?.requests).toHaveLength(4);
  });

  it('shows building for a Space that rebuilds before it starts', async () => {
    const provider = await sleepingQvq([{ stage: 'BUILDING' }, { stage: 'APP_STARTING' }, { stage: 'RUNNING' }]);
    const parts = await partsOf(provider.createAsyncGenerator('', ask, { parts: true }));
    expect(wakingStages(parts)).toEqual(['building', 'starting']);
    expect(textOf(parts)).toBe('Tell me about the sea');
  });

  it('sends the HF token to the Hub too', async () => {
    const provider = await sleepingQvq([{ stage: 'SLEEPING' }, { stage: 'RUNNING' }]);
    expect(await provider.createCompletion('', ask, { apiKey: token })).toBe('Tell me about the sea');
    expect(hub?.requests.map((request) => request.authorization)).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
  });

  it('in a chain, a paused Space gives way to the next one', async () => {
    const paused = await sleepingQvq([{ stage: 'PAUSED' }]);
    const chain = HuggingSpace.withProviders([paused, Qwen_QVQ_72B.withSettings({ baseUrl: spaceUrl ?? '' })]);
    expect(await chain.createCompletion('qvq-72b', ask)).toBe('Tell me about the sea');
    expect(hub?.requests).toHaveLength(1);
  });

  it('asks the Hub nothing when the Space answers', async () => {
    const provider = await sleepingQvq([{ stage: 'SLEEPING' }], () => true);
    expect(await provider.createCompletion('', ask)).toBe('Tell me about the sea');
    expect(space?.forwarded.length).toBeGreaterThan(0);
    expect(hub?.requests).toEqual([]);
  });
});

describe.skipIf(commandUrl === undefined)('a sleeping chat-ui Space in front of the local Command stand-in', () => {
  it('waits on the Hub as a Gradio Space does: waking, then starting, then the real answer', async () => {
    hub = await startFakeHub('CohereLabs/c4ai-command', [{ stage: 'SLEEPING' }, { stage: 'APP_STARTING' }, { stage: 'RUNNING' }]);
    space = await startSleepingSpace(commandUrl ?? '', () => hub?.stage === 'RUNNING');
    const provider = CohereForAI_C4AI_Command.withSettings({ baseUrl: space.url, hubUrl: hub.url, hubPollInterval: 20, retry: { retries: 0 } });
    const parts = await partsOf(provider.createAsyncGenerator('command-r', ask, { parts: true }));
    expect(wakingStages(parts)).toEqual(['waking', 'starting']);
    expect(textOf(parts)).toBe('[command-r] Tell me about the sea');
    expect(space.refused).toBeGreaterThan(0);
  });
});
