import type { Messages } from '@g4f/core';

/** A 4x3 red PNG; the local Spaces describe it as "The image is a PNG of 4x3 pixels.". */
export const redImage = new URL('../../../../fixtures/images/red-4x3.png', import.meta.url).pathname;

/** A conversation with a system prompt and history, as chat Spaces get it. */
export const conversation: Messages = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'Hi' },
  { role: 'assistant', content: 'Hello!' },
  { role: 'user', content: 'Name a colour' },
];

/** A quarter second of a 440 Hz tone as 16 kHz WAV, 8078 bytes; the local Phi-4 Space describes it as "The audio is a WAV of 8078 bytes.". */
export const toneWav = new URL('../../../../fixtures/audio/tone.wav', import.meta.url).pathname;
