import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError, MediaError, type Messages } from '@g4f/core';
import { Microsoft_Phi_4_Multimodal, Qwen_QVQ_72B } from '@g4f/provider-hf-space';
import { localSpaceUrlFor } from '@g4f/local-space/testing';
import { redImage, toneWav } from './helpers/test-inputs.js';

const audioDir = new URL('../../../fixtures/audio/', import.meta.url).pathname;
const phiUrl = localSpaceUrlFor('Microsoft_Phi_4_Multimodal');
const qvqUrl = localSpaceUrlFor('Qwen_QVQ_72B');
const ask = (content: Messages[number]['content']): Messages => [{ role: 'user', content }];

describe.skipIf(phiUrl === undefined || qvqUrl === undefined)('audio in, against the local Spaces', () => {
  const phi = Microsoft_Phi_4_Multimodal.withSettings({ baseUrl: phiUrl ?? '' });

  it.each([
    ['tone.wav', 'WAV'],
    ['tone.mp3', 'MP3'],
    ['tone.ogg', 'OGG'],
    ['tone.flac', 'FLAC'],
    ['tone.webm', 'WEBM'],
  ])('Phi-4 hears %s, uploaded as the Space\'s page does', async (file, format) => {
    const answer = await phi.createCompletion('phi-4', ask('What do you hear?'), { media: [[`${audioDir}${file}`]] });
    expect(answer).toMatch(new RegExp(`^The audio is a ${format} of \\d+ bytes\\. \\[phi-4-multimodal\\] What do you hear\\?$`));
  });

  it("Phi-4 takes OpenAI's input_audio part beside an image part", async () => {
    const data = (await readFile(toneWav)).toString('base64');
    const image = `data:image/png;base64,${(await readFile(redImage)).toString('base64')}`;
    const answer = await phi.createCompletion('phi-4', ask([
      { type: 'text', text: 'Both?' },
      { type: 'image_url', image_url: { url: image } },
      { type: 'input_audio', input_audio: { data, format: 'wav' } },
    ]));
    expect(answer).toBe('The image is a PNG of 4x3 pixels. The audio is a WAV of 8078 bytes. [phi-4-multimodal] Both?');
  });

  it('a model that takes no audio refuses an audio file once it is read, before anything is sent', async () => {
    const qvq = Qwen_QVQ_72B.withSettings({ baseUrl: qvqUrl ?? '' });
    const refused = qvq.createCompletion('qvq-72b', ask('What is it?'), { media: [[toneWav]] });
    await expect(refused).rejects.toThrow(MediaError);
    await expect(refused).rejects.toThrow('model qwen-qvq-72b-preview takes no audio (this provider has no model that takes audio)');
  });

  it('Phi-4 refuses more recordings than it takes, saying how many', async () => {
    await expect(phi.createCompletion('phi-4', ask('?'), { media: [[toneWav], [toneWav], [toneWav]] })).rejects.toThrow('model phi-4-multimodal takes at most 2 audio files, and 3 were given; send fewer.');
  });

  it('Phi-4 refuses the call route, which has no session for add_message to keep the files in', async () => {
    const call = phi.createCompletion('phi-4', ask('Hi'), { providerOptions: { Microsoft_Phi_4_Multimodal: { protocol: 'call' } } });
    await expect(call).rejects.toThrow(InvalidRequestError);
    await expect(call).rejects.toThrow('/bot of this Space reads what /add_message kept in the session, which needs the queue protocol; do not ask for protocol "call".');
  });
});
