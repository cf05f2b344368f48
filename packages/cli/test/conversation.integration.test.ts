import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f } from './run-g4f.js';

const command = localSpaceUrl('command');
const qvq = localSpaceUrl('qvq');
const freshFile = async () => join(await mkdtemp(join(tmpdir(), 'g4f-conversation-')), 'chat.json');

describe.skipIf(command === undefined)('g4f chat --conversation against the local Command Space (chat-ui)', () => {
  const chat = (file: string, ...words: string[]) =>
    runG4f(['chat', '-p', 'CohereForAI_C4AI_Command', '-m', 'command-r', '--base-url', command ?? '', '--conversation', file, ...words]);

  it('writes the conversation to the file, readable by its owner only, and the next question continues it', async () => {
    const file = await freshFile();
    const one = await chat(file, 'Name', 'a', 'colour');
    expect(one).toMatchObject({ code: 0, stdout: '[command-r] Name a colour\n' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ provider: 'CohereForAI_C4AI_Command', model: 'command-r' });
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const two = await chat(file, 'And', 'another');
    expect(two).toMatchObject({ code: 0, stdout: '[command-r] And another (remembering: Name a colour)\n' });
  });

  it('refuses a file that holds no conversation, with a usage error saying what to do', async () => {
    const file = await freshFile();
    await writeFile(file, 'not json');
    const run = await chat(file, 'hi');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('holds no conversation');
    expect(run.stderr).toContain('remove the file to start anew');
  });
});

describe.skipIf(qvq === undefined)('g4f chat --conversation with a Space that keeps none', () => {
  it('answers, says so on stderr, and writes no file', async () => {
    const file = await freshFile();
    const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', qvq ?? '', '--conversation', file, 'hi']);
    expect(run).toMatchObject({ code: 0, stdout: 'hi\n' });
    expect(run.stderr).toContain('Qwen_QVQ_72B keeps no conversation');
    expect(existsSync(file)).toBe(false);
  });
});
