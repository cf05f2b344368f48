import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const qvq = localSpaceUrl('qvq');

describe.skipIf(qvq === undefined)('stream_options.include_progress', () => {
  let server: RunningServer;
  const post = async (content: string) =>
    fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'qvq-72b', stream: true, stream_options: { include_progress: true }, messages: [{ role: 'user', content }] }),
    });

  beforeAll(async () => {
    server = await startServer({ port: 0, baseUrl: qvq, logLevel: 'silent' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('tells the progress as SSE comments before the chunks', async () => {
    const text = await (await post('hello there')).text();
    const progress = /^: progress (.*)$/m.exec(text)?.[1];
    expect(JSON.parse(progress ?? '{}')).toMatchObject({ stage: expect.stringMatching(/^(queued|processing)$/) as string });
    expect(text.indexOf(': progress')).toBeLessThan(text.indexOf('data: '));
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
  });

  it('is skipped by the openai npm client, which reads the answer as usual', async () => {
    const openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
    const stream = await openai.chat.completions.create({ model: 'qvq-72b', stream: true, stream_options: { include_usage: true, include_progress: true } as OpenAI.ChatCompletionStreamOptions, messages: [{ role: 'user', content: 'one two three' }] });
    let content = '';
    for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? '';
    expect(content).toBe('one two three');
  });

  // Last: the quota error cools QVQ down on this server, which then refuses it without a call.
  it('sends an error before the answer as an error event, with retry_after, the status having gone', async () => {
    const response = await post('trigger:quota');
    expect(response.status).toBe(200);
    const data = /^data: (.*)$/m.exec(await response.text())?.[1];
    expect(JSON.parse(data ?? '{}')).toMatchObject({ error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', retry_after: 83 } });
  });
});
