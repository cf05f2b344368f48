import { streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createG4F } from '@g4f/ai-sdk';
import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';

// The shared local Spaces tell whether Gradio can run here; this file starts its own QVQ, so that
// the Space's counts of started and cancelled jobs are this file's alone.
const available = localSpaceUrl('qvq') !== undefined;

describe.skipIf(!available)('aborting streamText cancels the Space\'s job', () => {
  let space: LocalSpace;
  beforeAll(async () => {
    space = await startLocalSpace({ app: 'qvq' });
  }, 120_000);
  afterAll(async () => {
    await space.stop();
  });
  const slowPrompt = `trigger:slow ${'w '.repeat(40).trim()}`;

  it('with its abortSignal, mid-answer', async () => {
    const local = createG4F({ baseUrls: { Qwen_QVQ_72B: space.url } });
    const before = await spaceStats(space.url);
    const controller = new AbortController();
    const aborted: string[] = [];
    const result = streamText({ model: local('qvq-72b'), prompt: slowPrompt, abortSignal: controller.signal, onAbort: () => void aborted.push('abort') });
    let received = '';
    for await (const delta of result.textStream) {
      received += delta;
      if (received.includes('w w')) controller.abort();
    }
    expect(aborted).toEqual(['abort']);
    expect(await eventually(async () => (await spaceStats(space.url)).cancelled > before.cancelled)).toBe(true);
    expect((await spaceStats(space.url)).finished).toBe(before.finished);
  });

  // streamText reads on whatever the caller does (its abortSignal stops it); a caller of the
  // model's own stream (a middleware, another framework) stops by cancelling it.
  it('when a reader of the model\'s stream cancels it mid-answer', async () => {
    const local = createG4F({ baseUrls: { Qwen_QVQ_72B: space.url } });
    const before = await spaceStats(space.url);
    const { stream } = await local('qvq-72b').doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: slowPrompt }] }] });
    const reader = stream.getReader();
    for (let part = await reader.read(); part.value?.type !== 'text-delta'; part = await reader.read()) expect(part.done).toBe(false);
    await reader.cancel();
    expect(await eventually(async () => (await spaceStats(space.url)).cancelled > before.cancelled)).toBe(true);
    expect((await spaceStats(space.url)).finished).toBe(before.finished);
  });
});
