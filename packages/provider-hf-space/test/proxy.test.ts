import { afterEach, describe, expect, it } from 'vitest';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';
import { startFakeProxy, type FakeProxy } from './helpers/fake-proxy.js';
import { eventStream, gradio5Config, json, startFakeSpace, type FakeSpace } from './helpers/fake-space.js';

let space: FakeSpace | undefined;
let proxy: FakeProxy | undefined;

afterEach(async () => {
  await Promise.all([space?.close(), proxy?.close()]);
});

describe('a proxy', () => {
  it('carries every request of a call: config, upload, join and the event stream', async () => {
    space = await startFakeSpace({
      'GET /config': gradio5Config,
      'POST /gradio_api/upload': json(['/tmp/gradio/y/red.png']),
      'POST /gradio_api/queue/join': json({ event_id: 'e1' }),
      'GET /gradio_api/queue/data': (res) => {
        eventStream(res)({ msg: 'process_completed', event_id: 'e1', success: true, output: { data: ['via proxy'] } });
        res.end();
      },
    });
    proxy = await startFakeProxy();
    const image = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
    const answer = await Qwen_QVQ_72B.withSettings({ baseUrl: space.url }).createCompletion('', [{ role: 'user', content: 'Hi' }], {
      proxy: proxy.url,
      media: [[image]],
    });
    expect(answer).toBe('via proxy');
    const paths = space.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toHaveLength(4);
    expect(proxy.seen).toEqual(paths);
  });
});
