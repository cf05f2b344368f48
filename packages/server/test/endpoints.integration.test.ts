import { readFile } from 'node:fs/promises';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectImageType } from '@g4f/core';
import { startServer, type RunningServer } from '@g4f/server';
import { eventually, localSpaceUrl, spaceStats } from '@g4f/local-space/testing';
import { logSink } from './helpers/log-lines.js';

const qvq = localSpaceUrl('qvq');
const flux = localSpaceUrl('flux');
const key = 'endpoints-test-key-42';
const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
const dataUri = async () => `data:image/png;base64,${(await readFile(imagePath)).toString('base64')}`;

describe.skipIf(qvq === undefined || flux === undefined)('the server\'s endpoints, used with the official openai npm client', () => {
  let server: RunningServer;
  let openai: OpenAI;
  const log = logSink();

  beforeAll(async () => {
    server = await startServer({ port: 0, apiKey: key, spaces: { Qwen_QVQ_72B: qvq ?? '', BlackForestLabs_Flux1Dev: flux ?? '' }, logDestination: log.destination });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: key, maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists only the models of the configured Spaces', async () => {
    const ids = (await openai.models.list()).data.map((model) => model.id);
    expect(ids).toEqual(expect.arrayContaining(['qwen-qvq-72b-preview', 'flux-dev']));
    expect(ids).not.toContain('qwen3-8b');
  });

  it('retrieves a model by id or alias, and answers 404 in OpenAI\'s shape for one it does not serve', async () => {
    expect(await openai.models.retrieve('qvq-72b')).toMatchObject({ id: 'qwen-qvq-72b-preview', object: 'model', owned_by: 'Qwen_QVQ_72B' });
    await expect(openai.models.retrieve('gpt-nothing')).rejects.toMatchObject({ status: 404, code: 'model_not_found' });
    await expect(openai.models.retrieve('qwen3-8b')).rejects.toMatchObject({ status: 404 });
  });

  it('answers a model no configured Space serves with a 404 that says what it serves', async () => {
    const error = await openai.chat.completions.create({ model: 'qwen3-8b', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'model_not_found' });
    expect((error as Error).message).toMatch(/served by Qwen_Qwen_3, which this server does not serve; it serves Qwen_QVQ_72B, BlackForestLabs_Flux1Dev/);
  });

  it('draws an image and gives its URL on the Space', async () => {
    const result = await openai.images.generate({ model: 'flux', prompt: 'a red boat', size: '512x512' });
    const url = result.data?.[0]?.url ?? '';
    expect(url.startsWith(flux ?? '-')).toBe(true);
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    expect(await detectImageType(bytes)).toBe('image/png');
  });

  it('draws an image and gives its bytes as b64_json', async () => {
    const result = await openai.images.generate({ model: 'flux', prompt: 'a blue boat', response_format: 'b64_json' });
    const bytes = Buffer.from(result.data?.[0]?.b64_json ?? '', 'base64');
    expect(await detectImageType(new Uint8Array(bytes))).toBe('image/png');
  });

  it('refuses n > 1 and a chat model for images, saying what to do', async () => {
    await expect(openai.images.generate({ model: 'flux', prompt: 'x', n: 2 })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('n must be 1') as string });
    await expect(openai.images.generate({ model: 'qvq-72b', prompt: 'x' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('does not draw images') as string });
  });

  it('answers the Responses API with text, instructions and an image', async () => {
    const response = await openai.responses.create({
      model: 'qvq-72b',
      instructions: 'Be brief.',
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'What is this?' }, { type: 'input_image', image_url: await dataUri(), detail: 'auto' }] }],
    });
    expect(response.status).toBe('completed');
    // The local QVQ echoes the prompt it got: the instructions came as the system message.
    expect(response.output_text).toMatch(/^The image is a PNG of 4x3 pixels\. System: Be brief\.\nUser: What is this\?/);
    expect(response.model).toBe('qwen-qvq-72b-preview');
  });

  it('streams the Responses API\'s events as OpenAI names them', async () => {
    const stream = await openai.responses.create({ model: 'qvq-72b', input: 'one two three', stream: true });
    const types: string[] = [];
    let text = '';
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === 'response.output_text.delta') text += event.delta;
      if (event.type === 'response.completed') expect(event.response.output[0]).toMatchObject({ type: 'message', content: [{ type: 'output_text', text: 'one two three' }] });
    }
    expect(text).toBe('one two three');
    expect(types.slice(0, 4)).toEqual(['response.created', 'response.in_progress', 'response.output_item.added', 'response.content_part.added']);
    expect(types.slice(-4)).toEqual(['response.output_text.done', 'response.content_part.done', 'response.output_item.done', 'response.completed']);
  });

  it('continues a kept response with previous_response_id: its turns and image, not its instructions', async () => {
    const first = await openai.responses.create({
      model: 'qvq-72b',
      instructions: 'Be brief.',
      input: [{ role: 'user', content: [{ type: 'input_text', text: 'What is this?' }, { type: 'input_image', image_url: await dataUri(), detail: 'auto' }] }],
    });
    expect(first).toMatchObject({ store: true });
    const second = await openai.responses.create({ model: 'qvq-72b', previous_response_id: first.id, input: 'And its colour?' });
    expect(second.previous_response_id).toBe(first.id);
    // The local QVQ describes the image it got and echoes the prompt: the earlier turn, then this one.
    expect(second.output_text.startsWith(`The image is a PNG of 4x3 pixels. User: What is this?\nAssistant: ${first.output_text}\nUser: And its colour?`)).toBe(true);
    const streamed = await openai.responses.create({ model: 'qvq-72b', previous_response_id: second.id, input: 'Thanks', stream: true });
    let completed: { id: string; output_text?: string } | undefined;
    for await (const event of streamed) if (event.type === 'response.completed') completed = event.response;
    expect(await openai.responses.retrieve(completed?.id ?? '')).toMatchObject({ id: completed?.id, status: 'completed', previous_response_id: second.id });
  });

  it('keeps no response with store: false, and answers 404 for a response it does not keep', async () => {
    const unkept = await openai.responses.create({ model: 'qvq-72b', input: 'forget me', store: false });
    expect(unkept).toMatchObject({ store: false });
    await expect(openai.responses.retrieve(unkept.id)).rejects.toMatchObject({ status: 404 });
    const error = await openai.responses.create({ model: 'qvq-72b', previous_response_id: unkept.id, input: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'previous_response_not_found', param: 'previous_response_id' });
    expect((error as Error).message).toContain(`Response with id '${unkept.id}' not found: responses are kept 60 minutes (--response-ttl)`);
  });

  it('names a refused image of the Responses API by its own field, input[i].content[j]', async () => {
    const input = [{ role: 'user' as const, content: [{ type: 'input_text' as const, text: 'x' }, { type: 'input_image' as const, image_url: 'http://127.0.0.1:9/cat.png', detail: 'auto' as const }] }];
    const error = await openai.responses.create({ model: 'qvq-72b', input }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, param: 'input[0].content[1].image_url' });
    expect((error as Error).message).toContain('input[0].content[1].image_url: image_url must be a data: URI (this server does not fetch remote images');
  });

  it('refuses tools in the Responses API with a clear 400', async () => {
    const tools = [{ type: 'function' as const, name: 'f', parameters: {}, strict: false }];
    await expect(openai.responses.create({ model: 'qvq-72b', input: 'x', tools })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('tools are not supported') as string });
  });

  it('cancels the Space\'s job when a non-streaming Responses client disconnects', async () => {
    const before = await spaceStats(qvq ?? '');
    const controller = new AbortController();
    const call = openai.responses.create({ model: 'qvq-72b', input: 'trigger:slow a b c d e f g h i j k l m n o p' }, { signal: controller.signal }).catch(() => undefined);
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).started > before.started)).toBe(true);
    controller.abort();
    await call;
    expect(await eventually(async () => (await spaceStats(qvq ?? '')).cancelled > before.cancelled)).toBe(true);
    // The client's own leaving is no server failure: logged as 499 at info level, without an error.
    const left = () => log.lines().find((entry) => entry.path === '/v1/responses' && entry.clientLeft === true);
    expect(await eventually(async () => left() !== undefined)).toBe(true);
    expect(left()).toMatchObject({ msg: 'request', level: 30, status: 499 });
    expect(left()).not.toHaveProperty('err');
  });

  it('logs one JSON line per request with its model, provider, status and bytes, and never the key', async () => {
    await openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'log me' }] });
    const line = await eventually(async () => log.lines().some((entry) => entry.path === '/v1/chat/completions' && entry.status === 200));
    expect(line).toBe(true);
    const entry = log.lines().find((candidate) => candidate.path === '/v1/chat/completions' && candidate.status === 200);
    expect(entry).toMatchObject({ msg: 'request', method: 'POST', model: 'qwen-qvq-72b-preview', provider: 'Qwen_QVQ_72B', status: 200 });
    expect(entry?.bytes).toBeGreaterThan(0);
    expect(log.text()).not.toContain(key);
  });

  // Last: the quota error cools QVQ down for this server (for anonymous calls) until its wait is over.
  it('gives a long quota wait back at once, telling the client not to retry by itself', async () => {
    let requests = 0;
    const retrying = new OpenAI({
      baseURL: `${server.url}/v1`,
      apiKey: key,
      maxRetries: 2,
      fetch: (url, init) => {
        requests++;
        return fetch(url, init);
      },
    });
    const error = await retrying.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'trigger:quota' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect((error as { headers: Headers }).headers.get('retry-after')).toBe('83');
    expect((error as { headers: Headers }).headers.get('x-should-retry')).toBe('false');
    expect(requests).toBe(1);
    expect(log.lines().find((candidate) => candidate.status === 429)).toMatchObject({ error: 'QuotaExceededError' });
  });
});
