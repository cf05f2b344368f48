import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl, openaiClientPython } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const command = localSpaceUrl('command');
const python = openaiClientPython();

/** The g4f field beside OpenAI's in a completion or chunk. */
const conversationOf = (value: object): unknown => (value as { conversation?: unknown }).conversation;

describe.skipIf(command === undefined)('the server carries a conversation the Space keeps, with the official openai npm client', () => {
  let server: RunningServer;
  let openai: OpenAI;
  const first = [{ role: 'user' as const, content: 'Name a colour' }];

  beforeAll(async () => {
    server = await startServer({ port: 0, spaces: { CohereForAI_C4AI_Command: command ?? '' } });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers with a conversation field, and continues the conversation sent back in the request', async () => {
    const one = await openai.chat.completions.create({ model: 'command-r', messages: first });
    const conversation = conversationOf(one);
    expect(conversation).toMatchObject({ provider: 'CohereForAI_C4AI_Command' });
    const two = await openai.chat.completions.create({
      model: 'command-r',
      messages: [...first, { role: 'assistant', content: one.choices[0]?.message.content ?? '' }, { role: 'user', content: 'And another' }],
      // @ts-expect-error g4f's field beside OpenAI's, passed through as the openai client passes unknown fields
      conversation,
    });
    expect(two.choices[0]?.message.content).toBe('[command-r] And another (remembering: Name a colour)');
  });

  it('streams it on the chunk with the finish reason', async () => {
    const stream = await openai.chat.completions.create({ model: 'command-r', messages: first, stream: true });
    const carrying: unknown[] = [];
    for await (const chunk of stream) if (conversationOf(chunk) !== undefined) carrying.push(chunk.choices[0]?.finish_reason);
    expect(carrying).toEqual(['stop']);
  });

  it.skipIf(python === undefined)("works with OpenAI's Python client: the field in model_extra, sent back with extra_body", async () => {
    const script = fileURLToPath(new URL('openai-python/conversation.py', import.meta.url));
    const { stdout } = await promisify(execFile)(python ?? '', [script, `${server.url}/v1`]);
    expect(JSON.parse(stdout)).toMatchObject({
      first: '[command-r] Name a colour',
      second: '[command-r] And another (remembering: Name a colour)',
      conversation: { provider: 'CohereForAI_C4AI_Command' },
    });
  });
});
