import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f } from './run-g4f.js';

const phi4 = localSpaceUrl('phi4');
const audioDir = fileURLToPath(new URL('../../../fixtures/audio/', import.meta.url));
const image = fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url));

describe.skipIf(phi4 === undefined)('g4f chat --audio against the local Phi-4 Space', () => {
  it('sends a recording and an image with the prompt and streams the answer', async () => {
    const run = await runG4f(['chat', '-m', 'phi-4', '--base-url', phi4 ?? '', '--image', image, '--audio', `${audioDir}tone.ogg`, 'What', 'is', 'this?']);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'The image is a PNG of 4x3 pixels. The audio is a OGG of 2831 bytes. [phi-4-multimodal] What is this?\n' });
  });

  it('exits 2 saying what the file is when it is no audio a model takes', async () => {
    const run = await runG4f(['chat', '-m', 'phi-4', '--base-url', phi4 ?? '', '--audio', fileURLToPath(new URL('../package.json', import.meta.url)), 'hi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Unsupported media format \(unrecognised data\): send an image \(.*\) or audio \(/);
  });
});
