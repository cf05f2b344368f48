import { describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f } from './run-g4f.js';

const qvq = localSpaceUrl('qvq');

describe.skipIf(qvq === undefined)('g4f chat with the prompt on stdin', () => {
  it('asks what `echo` pipes in, without its line break, when no prompt is given', async () => {
    const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', qvq ?? ''], { stdin: 'hi there\n' });
    expect(run).toMatchObject({ code: 0, stdout: 'hi there\n', stderr: '' });
  });

  it('asks the prompt given as words, leaving stdin unread', async () => {
    const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', qvq ?? '', 'from', 'words'], { stdin: 'from stdin\n' });
    expect(run).toMatchObject({ code: 0, stdout: 'from words\n' });
  });
});
