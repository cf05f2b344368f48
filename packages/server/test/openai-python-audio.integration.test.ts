import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl, openaiClientPython } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';

const phi4 = localSpaceUrl('phi4');
const qvq = localSpaceUrl('qvq');
const python = openaiClientPython();
const key = 'python-audio-key';
const script = fileURLToPath(new URL('openai-python/audio_in.py', import.meta.url));
const wavPath = fileURLToPath(new URL('../../../fixtures/audio/tone.wav', import.meta.url));

describe.skipIf(phi4 === undefined || qvq === undefined || python === undefined)("audio in, through the server, from OpenAI's official Python client", () => {
  let server: RunningServer;
  let seen: Record<string, { content?: string; status?: number; message?: string }>;

  beforeAll(async () => {
    server = await startServer({ port: 0, apiKey: key, logLevel: 'silent', spaces: { Microsoft_Phi_4_Multimodal: phi4 ?? '', Qwen_QVQ_72B: qvq ?? '' } });
    const { stdout } = await promisify(execFile)(python ?? '', [script, `${server.url}/v1`, key, wavPath]);
    seen = JSON.parse(stdout) as typeof seen;
  }, 60_000);
  afterAll(async () => {
    await server.close();
  });

  it('Phi-4 answers about an input_audio part', () => {
    expect(seen.phi).toEqual({ content: 'The audio is a WAV of 8078 bytes. [phi-4-multimodal] What do you hear?' });
  });

  it('a model that takes no audio gives a 400 saying so', () => {
    expect(seen.qvq).toMatchObject({ status: 400, message: expect.stringContaining('model qwen-qvq-72b-preview takes no audio') as string });
  });
});
