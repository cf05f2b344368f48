import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const qvq = localSpaceUrl('qvq');

describe.skipIf(qvq === undefined)('POST /v1/chat/completions at parity, with the official openai npm client', () => {
  let server: RunningServer;
  let openai: OpenAI;
  const post = async (body: object) =>
    fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    server = await startServer({ port: 0, baseUrl: qvq });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('takes developer and system messages, and an assistant message with content null', async () => {
    const completion = await openai.chat.completions.create({
      model: 'qvq-72b',
      messages: [
        { role: 'developer', content: 'Be brief.' },
        { role: 'system', content: 'Be kind.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: null },
        { role: 'user', content: 'again' },
      ],
    });
    expect(completion.choices[0]?.message.content).toBe('Developer: Be brief.\nSystem: Be kind.\nUser: Hi\nUser: again\nAssistant:');
  });

  it('streams to max_tokens and ends with finish_reason "length" and a usage chunk', async () => {
    const stream = await openai.chat.completions.create({
      model: 'qvq-72b',
      stream: true,
      stream_options: { include_usage: true },
      max_completion_tokens: 3,
      messages: [{ role: 'user', content: 'alpha beta gamma delta epsilon' }],
    });
    let content = '';
    const finishes: (string | null | undefined)[] = [];
    let usage: OpenAI.CompletionUsage | null | undefined;
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta.content ?? '';
      finishes.push(chunk.choices[0]?.finish_reason);
      usage = chunk.usage ?? usage;
    }
    expect(content).toBe('alpha beta g');
    expect(finishes.filter((reason) => reason !== null && reason !== undefined)).toEqual(['length']);
    expect(usage).toEqual({ prompt_tokens: 8, completion_tokens: 3, total_tokens: 11 });
  });

  it('streams up to a stop sequence, which is left out', async () => {
    const stream = await openai.chat.completions.create({ model: 'qvq-72b', stream: true, stop: 'gamma', messages: [{ role: 'user', content: 'alpha beta gamma delta' }] });
    let content = '';
    for await (const chunk of stream) content += chunk.choices[0]?.delta.content ?? '';
    expect(content).toBe('alpha beta ');
  });

  it('gives usage in a whole answer', async () => {
    const completion = await openai.chat.completions.create({ model: 'qvq-72b', messages: [{ role: 'user', content: 'one two three' }] });
    expect(completion.usage).toEqual({ prompt_tokens: 4, completion_tokens: 4, total_tokens: 8 });
  });

  it('reads stream: null as not streaming', async () => {
    const response = await post({ model: 'qvq-72b', stream: null, messages: [{ role: 'user', content: 'plain' }] });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ object: 'chat.completion', choices: [{ message: { content: 'plain' } }] });
  });

  it('refuses tools, n > 1 and in-process client options with a 400 naming the field', async () => {
    const messages = [{ role: 'user' as const, content: 'x' }];
    const tools = [{ type: 'function' as const, function: { name: 'f', parameters: {} } }];
    await expect(openai.chat.completions.create({ model: 'qvq-72b', messages, tools })).rejects.toMatchObject({ status: 400, param: 'tools' });
    const functions = await post({ model: 'qvq-72b', messages, functions: [{ name: 'f' }] });
    expect(await functions.json()).toMatchObject({ error: { param: 'functions', message: expect.stringContaining('function calls are not supported') as string } });
    await expect(openai.chat.completions.create({ model: 'qvq-72b', messages, n: 2 })).rejects.toMatchObject({ status: 400, param: 'n', message: expect.stringContaining('only one answer per request') as string });
    const fileImage = await post({ model: 'qvq-72b', messages, image: '/etc/passwd' });
    expect(fileImage.status).toBe(400);
    expect(await fileImage.json()).toMatchObject({ error: { param: 'image' } });
  });
});
