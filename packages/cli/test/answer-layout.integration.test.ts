import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f, runG4fOnTerminal } from './run-g4f.js';

const qwen3 = localSpaceUrl('qwen3');
const qvq = localSpaceUrl('qvq');
const UNDIM = '\x1b[22m';

describe.skipIf(qwen3 === undefined)("g4f chat with qwen3's thinking", () => {
  const args = ['chat', '-m', 'qwen3-8b', '--base-url', qwen3 ?? '', 'hi', 'there'];

  it('on a terminal: shows the dimmed thinking between its status lines, then a blank line, then the answer undimmed', async () => {
    const run = await runG4fOnTerminal(args);
    expect(run.code).toBe(0);
    const shown = stripVTControlCharacters(run.stdout);
    expect(shown).toMatch(/\[Thinking\.\.\.\]\nThinking about: hi there\n\[End of Thought \([\d.]+s\)\]\n\n\[qwen3-8b\] hi there\n$/);
    expect(run.stdout).toContain('\x1b[2mThinking');
    expect(run.stdout.endsWith(`${UNDIM}\n[qwen3-8b] hi there\n`)).toBe(true);
  });

  it('into a pipe: only the answer, as g4f prints it', async () => {
    expect(await runG4f(args)).toMatchObject({ code: 0, stdout: '[qwen3-8b] hi there\n', stderr: '' });
  });
});

describe.skipIf(qvq === undefined)('g4f chat when the Space fails halfway through the answer', () => {
  const args = ['chat', '-m', 'qvq-72b', '--base-url', qvq ?? '', 'trigger:fail-midway', 'one', 'two', 'three', 'four'];
  const error = "g4f: Qwen_QVQ_72B: the Space reported an error: The model crashed halfway through.\n";

  it('into a pipe: ends the partial answer with a line break, and the error goes to stderr', async () => {
    const run = await runG4f(args);
    expect(run).toMatchObject({ code: 5, stderr: error });
    expect(run.stdout).toMatch(/^trigger:fail-midway[ \w]*\n$/);
  });

  it('on a terminal: the error line starts on a line of its own', async () => {
    const run = await runG4fOnTerminal(args);
    expect(run.code).toBe(5);
    expect(stripVTControlCharacters(run.stdout)).toMatch(new RegExp(`trigger:fail-midway[ \\w]*\\n${error.replaceAll('.', '\\.')}$`));
  });
});
