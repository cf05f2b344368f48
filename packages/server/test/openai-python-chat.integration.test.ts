import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl, openaiClientPython } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const qvq = localSpaceUrl('qvq');
const python = openaiClientPython();
const key = 'python-test-key';
const script = fileURLToPath(new URL('openai-python/chat_completions.py', import.meta.url));
const imagePath = fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url));

describe.skipIf(qvq === undefined || python === undefined)('the server, used with OpenAI\'s official Python client', () => {
  let server: RunningServer;
  let seen: Record<string, Record<string, unknown>>;

  beforeAll(async () => {
    server = await startServer({ port: 0, baseUrl: qvq, apiKey: key });
    const image = `data:image/png;base64,${(await readFile(imagePath)).toString('base64')}`;
    const { stdout } = await promisify(execFile)(python ?? '', [script, `${server.url}/v1`, key, image], { maxBuffer: 1 << 20 });
    seen = JSON.parse(stdout) as typeof seen;
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it('answers with developer and system messages, with estimated usage', () => {
    // QVQ echoes its prompt: the conversation as g4f formats it, the developer message a system one.
    const prompt = 'Developer: Be brief.\nSystem: Answer in English.\nUser: Hello from Python\nAssistant:';
    // Four characters a token: the three messages' 10, 19 and 17 characters, and the 83 of the answer.
    expect(seen.text).toEqual({ content: prompt, finish_reason: 'stop', usage: { prompt_tokens: 3 + 5 + 5, completion_tokens: 21, total_tokens: 34 } });
  });

  it('streams an answer about an image, with a usage chunk at the end', () => {
    expect(seen.image_stream).toEqual({ content: 'The image is a PNG of 4x3 pixels. What is this?', usage: { prompt_tokens: 4, completion_tokens: 12, total_tokens: 16 } });
  });

  it('honours max_tokens and stop', () => {
    expect(seen.max_tokens).toEqual({ content: 'alpha be', finish_reason: 'length' });
    expect(seen.stop).toEqual({ content: 'alpha beta ', finish_reason: 'stop' });
  });

  it('raises the error classes of the openai package with status, code and param', () => {
    expect(seen.errors).toMatchObject({
      '401': { class: 'AuthenticationError', status: 401, code: 'invalid_api_key' },
      '404': { class: 'NotFoundError', status: 404, code: 'model_not_found' },
      '400': { class: 'BadRequestError', status: 400 },
      '400_tools': { class: 'BadRequestError', status: 400, param: 'tools' },
      '413': { class: 'APIStatusError', status: 413, code: 'request_too_large' },
      '429': { class: 'RateLimitError', status: 429, code: 'rate_limit_exceeded', retry_after: '83' },
    });
  });
});
