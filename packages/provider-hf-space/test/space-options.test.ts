import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidRequestError } from '@g4f/core';
import { GradioSpaceProvider } from '@g4f/provider-hf-space';
import { eventStream, startFakeSpace, type FakeSpace } from './helpers/fake-space.js';

let space: FakeSpace | undefined;

afterEach(async () => {
  await space?.close();
  space = undefined;
});

/** A Space on the call route that answers with the data it was sent. */
async function echoSpace(): Promise<FakeSpace> {
  let sent = '';
  space = await startFakeSpace({
    'POST /gradio_api/call/echo': (res, body) => {
      sent = JSON.stringify((JSON.parse(body) as { data: unknown[] }).data);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"event_id":"ev1"}');
    },
    'GET /gradio_api/call/echo/ev1': (res) => {
      eventStream(res)([sent], 'complete');
      res.end();
    },
  });
  return space;
}

const facts = { name: 'Echo', label: 'Echo', url: 'http://127.0.0.1:9', defaultModel: 'echo', protocol: 'call' } as const;

describe('a Space\'s own options', () => {
  it.each([
    ['as a function of zod', (zod: typeof z) => zod.strictObject({ times: zod.int().min(1).default(2) })],
    ['as a built zod object', z.strictObject({ times: z.int().min(1).default(2) })],
  ])('given %s, reach buildData checked, with their defaults', async (_form, options) => {
    const fake = await echoSpace();
    const echo = new GradioSpaceProvider({ ...facts, options, endpoint: { apiName: 'echo', buildData: ({ settings }) => [settings.times] } }).withSettings({ baseUrl: fake.url });
    expect(await echo.createCompletion('', [{ role: 'user', content: 'hi' }])).toBe('[2]');
    expect(await echo.createCompletion('', [{ role: 'user', content: 'hi' }], { providerOptions: { Echo: { times: 3 } } })).toBe('[3]');
    const wrong = echo.createCompletion('', [{ role: 'user', content: 'hi' }], { providerOptions: { Echo: { times: 0 } } });
    await expect(wrong).rejects.toThrow(InvalidRequestError);
    await expect(wrong).rejects.toThrow(/providerOptions\.Echo "times" is wrong/);
  });
});
