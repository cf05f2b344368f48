import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMedia, loadMedia, MediaError, validateMessages, type Messages } from '@g4f/core';
import { EchoProvider } from './helpers/echo-provider.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

describe('loadMedia: images and audio, sniffed from their bytes', () => {
  it.each([
    ['audio/tone.wav', 'audio/wav', 'audio.wav'],
    ['audio/tone.mp3', 'audio/mpeg', 'audio.mp3'],
    ['audio/tone.ogg', 'audio/ogg', 'audio.ogg'],
    ['audio/tone.flac', 'audio/flac', 'audio.flac'],
    ['audio/tone.webm', 'audio/webm', 'audio.webm'],
  ])('%s is audio of type %s', async (file, mimeType, filename) => {
    const bytes = new Uint8Array(await readFile(`${fixtures}${file}`));
    await expect(loadMedia(bytes)).resolves.toMatchObject({ kind: 'audio', mimeType, filename });
    // The name the caller gave is kept; the type comes from the bytes, never from the name.
    await expect(loadMedia(`${fixtures}${file}`, 'voice.bin')).resolves.toMatchObject({ kind: 'audio', mimeType, filename: 'voice.bin' });
  });

  it('reads an image as before', async () => {
    await expect(loadMedia(`${fixtures}images/red-4x3.png`)).resolves.toMatchObject({ kind: 'image', mimeType: 'image/png', filename: 'image.png' });
  });

  it('refuses anything else with a MediaError naming what it found and what it takes', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
    const refused = loadMedia(pdf);
    await expect(refused).rejects.toThrow(MediaError);
    await expect(refused).rejects.toThrow(/Unsupported media format \(application\/pdf\): send an image \(.*\) or audio \(audio\/wav, audio\/mpeg, audio\/ogg, audio\/flac, audio\/webm\)\./);
    await expect(loadMedia(new TextEncoder().encode('just some text'))).rejects.toThrow('Unsupported media format (unrecognised data)');
  });

  it('holds audio to the same size limit as images', async () => {
    await expect(loadMedia(`${fixtures}audio/tone.wav`, undefined, { maxBytes: 1000 })).rejects.toThrow(/8078 bytes, over the 1000-byte limit/);
  });
});

describe("OpenAI's input_audio content part", () => {
  const data = Buffer.from('RIFF....WAVE').toString('base64');
  const messages: Messages = [{ role: 'user', content: [{ type: 'text', text: 'What is said?' }, { type: 'input_audio', input_audio: { data, format: 'mp3' } }] }];

  it('is a well-formed message part, and its audio is media as a data: URI with a file name', () => {
    expect(() => { validateMessages(messages); }).not.toThrow();
    expect(extractMedia(messages)).toEqual([[`data:audio/mpeg;base64,${data}`, 'audio.mp3']]);
  });

  it('without its data or format is refused, saying what a part may be', () => {
    expect(() => { validateMessages([{ role: 'user', content: [{ type: 'input_audio', input_audio: { data } }] }]); }).toThrow(/input_audio: \{ data, format \}/);
  });

  it('reaches no model that takes no audio: a MediaError before anything is sent', async () => {
    const echo = new EchoProvider();
    await expect(echo.createCompletion('echo-2', messages)).rejects.toThrow('model echo-2 takes no audio (this provider has no model that takes audio); send the question without audio, or pick a model that takes it.');
    expect(echo.lastOptions).toBeUndefined();
  });
});
