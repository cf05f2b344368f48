import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runG4f } from './run-g4f.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('g4f --version', () => {
  it.each([['--version'], ['-V']])('%s prints the version of @g4f/cli and exits 0', async (flag) => {
    expect(await runG4f([flag])).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('is listed in the help', async () => {
    expect((await runG4f(['--help'])).stdout).toMatch(/-V, --version\s+print the version of g4f/);
  });
});
