import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

// The shared local Spaces tell whether Gradio can run here; this file starts its own QVQ that runs
// one job at a time (as a ZeroGPU Space does), so that a second job waits in its queue and the
// counts are this file's alone.
const available = localSpaceUrl('qvq') !== undefined;

/** How many jobs wait in the Space's queue, as Gradio tells it. */
async function queueSize(url: string): Promise<number> {
  const response = await fetch(`${url}/gradio_api/queue/status`);
  return ((await response.json()) as { queue_size: number }).queue_size;
}

describe.skipIf(!available)('a client that disconnects from the server cancels the Space\'s job', () => {
  let space: LocalSpace;
  let server: RunningServer;
  const post = (body: object, signal?: AbortSignal) =>
    fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(signal === undefined ? {} : { signal }) });
  const slow = (words: number) => ({ model: 'qvq-72b', messages: [{ role: 'user', content: `trigger:slow ${'w '.repeat(words).trim()}` }] });

  beforeAll(async () => {
    space = await startLocalSpace({ app: 'qvq', env: { SPACE_CONCURRENCY: '1' } });
    server = await startServer({ port: 0, baseUrl: space.url });
  }, 120_000);
  afterAll(async () => {
    await server.close();
    await space.stop();
  });

  it('waiting for a whole answer (not streaming)', async () => {
    const before = await spaceStats(space.url);
    const client = new AbortController();
    const answer = post(slow(40), client.signal).catch((error: unknown) => error);
    expect(await eventually(async () => (await spaceStats(space.url)).started > before.started)).toBe(true);
    client.abort();
    await answer;
    expect(await eventually(async () => (await spaceStats(space.url)).cancelled > before.cancelled)).toBe(true);
    expect((await spaceStats(space.url)).finished).toBe(before.finished);
  });

  it('streaming, while its job still waits in the queue: the job leaves the queue and never starts', async () => {
    const before = await spaceStats(space.url);
    // A first job holds the Space's one worker for a while.
    const first = post(slow(15)).then(async (response) => response.text());
    expect(await eventually(async () => (await spaceStats(space.url)).started > before.started)).toBe(true);
    const client = new AbortController();
    const queued = post({ ...slow(5), stream: true }, client.signal).catch((error: unknown) => error);
    expect(await eventually(async () => (await queueSize(space.url)) === 1)).toBe(true);
    client.abort();
    await queued;
    expect(await eventually(async () => (await queueSize(space.url)) === 0)).toBe(true);
    expect((await spaceStats(space.url)).started).toBe(before.started + 1);
    await first;
    // A job queued after it runs next: had the left job stayed, it would have run first.
    expect((await post({ model: 'qvq-72b', messages: [{ role: 'user', content: 'next' }] })).status).toBe(200);
    expect((await spaceStats(space.url)).started).toBe(before.started + 2);
  });

  it('streaming, mid-answer', async () => {
    const before = await spaceStats(space.url);
    const client = new AbortController();
    const response = await post({ ...slow(40), stream: true }, client.signal);
    const reader = response.body?.getReader();
    const firstBytes = (await reader?.read())?.value as Uint8Array | undefined;
    expect(new TextDecoder().decode(firstBytes)).toContain('data: ');
    client.abort();
    expect(await eventually(async () => (await spaceStats(space.url)).cancelled > before.cancelled)).toBe(true);
    expect((await spaceStats(space.url)).finished).toBe(before.finished);
  });
});
