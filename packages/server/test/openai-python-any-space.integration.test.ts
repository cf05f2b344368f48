import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl, openaiClientPython } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

// spaces/any_space/app.py: apps no provider was written for, each at its own path.
const apps = localSpaceUrl('any-spaces');
const python = openaiClientPython();
const script = fileURLToPath(new URL('openai-python/any_space.py', import.meta.url));
const imagePath = fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url));

describe.skipIf(apps === undefined || python === undefined)('space:owner/name models, used with OpenAI\'s official Python client', () => {
  let server: RunningServer;
  let seen: { history_stream: string; image: string; refusal: { status: number; message: string } };

  beforeAll(async () => {
    const spaces = Object.fromEntries(['chatbot-blocks', 'image-question', 'two-endpoints'].map((app) => [`space:someone/${app}`, `${apps ?? ''}/${app}`]));
    server = await startServer({ port: 0, spaces });
    const image = `data:image/png;base64,${(await readFile(imagePath)).toString('base64')}`;
    const { stdout } = await promisify(execFile)(python ?? '', [script, `${server.url}/v1`, image], { maxBuffer: 1 << 20 });
    seen = JSON.parse(stdout) as typeof seen;
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it('streams an answer from a Chatbot app that received the conversation as its own tuples history', () => {
    expect(seen.history_stream).toBe('Echo: second History: ["pair:first|Echo: first"]');
  });

  it('sends an image to a Blocks Image + Textbox app', () => {
    expect(seen.image).toBe('The image is a PNG of 4x3 pixels. Question: colour?');
  });

  it('gets a 400 listing the endpoints of a Space it cannot map', () => {
    expect(seen.refusal.status).toBe(400);
    expect(seen.refusal.message).toContain('/shout(value: textbox) -> textbox');
  });
});
