import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BadRequestError, Client } from '@g4f/client';
import { localSpaceUrl } from '@g4f/local-space/testing';

const phi4 = localSpaceUrl('phi4');
const wavPath = new URL('../../../fixtures/audio/tone.wav', import.meta.url).pathname;

describe.skipIf(phi4 === undefined)("Client: OpenAI's input_audio part", () => {
  const client = () => new Client({ baseUrl: phi4 });

  it('reaches Phi-4, which answers about the recording', async () => {
    const data = (await readFile(wavPath)).toString('base64');
    const completion = await client().chat.completions.create({
      model: 'phi-4',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'What do you hear?' }, { type: 'input_audio', input_audio: { data, format: 'wav' } }] }],
    });
    expect(completion).toMatchObject({ provider: 'Microsoft_Phi_4_Multimodal', choices: [{ message: { content: 'The audio is a WAV of 8078 bytes. [phi-4-multimodal] What do you hear?' } }] });
  });

  it('that is not audio is a 400 naming what it found', async () => {
    const request = client().chat.completions.create({
      model: 'phi-4',
      messages: [{ role: 'user', content: [{ type: 'text', text: '?' }, { type: 'input_audio', input_audio: { data: Buffer.from('not audio at all').toString('base64'), format: 'wav' } }] }],
    });
    await expect(request).rejects.toBeInstanceOf(BadRequestError);
    await expect(request).rejects.toThrow('Unsupported media format (unrecognised data)');
  });
});
