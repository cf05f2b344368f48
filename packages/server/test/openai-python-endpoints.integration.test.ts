import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@g4f/server';
import { localSpaceUrl, openaiClientPython } from '@g4f/local-space/testing';

const qvq = localSpaceUrl('qvq');
const flux = localSpaceUrl('flux');
const python = openaiClientPython();
const script = fileURLToPath(new URL('./openai-python/check_endpoints.py', import.meta.url));

describe.skipIf(qvq === undefined || flux === undefined || python === undefined)('the server, used with OpenAI\'s official Python client', () => {
  let server: RunningServer;
  let results: Record<string, unknown>;

  beforeAll(async () => {
    const key = 'python-test-key-99';
    server = await startServer({ port: 0, apiKey: key, logLevel: 'silent', spaces: { Qwen_QVQ_72B: qvq ?? '', BlackForestLabs_Flux1Dev: flux ?? '' } });
    const { stdout } = await promisify(execFile)(python ?? '', [script, `${server.url}/v1`, key], { timeout: 120_000 });
    results = JSON.parse(stdout) as Record<string, unknown>;
  });
  afterAll(async () => {
    await server.close();
  });

  it('lists and retrieves models', () => {
    expect(results.models).toEqual(expect.arrayContaining(['qwen-qvq-72b-preview', 'flux-dev']));
    expect(results.retrieved).toBe('qwen-qvq-72b-preview');
  });

  it('generates images as a URL on the Space and as base64 PNG bytes', () => {
    expect(String(results.image_url).startsWith(flux ?? '-')).toBe(true);
    expect(results.image_png_magic).toBe('89504e47');
  });

  it('creates responses, streaming and not', () => {
    expect(results.response).toEqual({ status: 'completed', text: 'one two three' });
    expect(results.stream).toEqual({ first: 'response.created', last: 'response.completed', text: 'four five' });
  });

  it('continues a response with previous_response_id, and retrieves it', () => {
    const followUp = results.follow_up as { previous_response_id: string; text: string; retrieved: string };
    expect(followUp.previous_response_id).toMatch(/^resp_/);
    // The local QVQ echoes the prompt: the first turn, its answer, then this one.
    expect(followUp.text).toBe('User: one two three\nAssistant: one two three\nUser: six\nAssistant:');
    expect(followUp.retrieved).toBe(followUp.text);
  });

  it('raises NotFoundError for an unknown model, and a quota 429 at once with its Retry-After', () => {
    expect(results.not_found).toEqual({ status: 404, code: 'model_not_found' });
    expect(results.quota).toEqual({ status: 429, retry_after: '83' });
  });
});
