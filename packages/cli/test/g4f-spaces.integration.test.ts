import { describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f } from './run-g4f.js';

// spaces/any_space/app.py: apps no provider was written for, each at its own path.
const apps = localSpaceUrl('any-spaces');

describe.skipIf(apps === undefined)('any Space by its id in the g4f command', () => {
  const at = (app: string): string => `${apps ?? ''}/${app}`;

  it('streams a chat with -m space:owner/name --base-url', async () => {
    // Words 0.2 s apart, so that the writes reach the pipe apart even on a busy machine.
    const run = await runG4f(['chat', '-m', 'space:someone/text-stream', '--base-url', at('text-stream'), 'trigger:slow', 'one', 'two']);
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'Completion of: trigger:slow one two\n' });
    expect(run.stdoutWrites).toBeGreaterThan(1);
  });

  it('exits 2 for a Space it cannot map, listing the endpoints on one line', async () => {
    const run = await runG4f(['chat', '-m', 'space:someone/two-endpoints', '--base-url', at('two-endpoints'), 'hi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^g4f: space:someone\/two-endpoints: The Space has 2 endpoints that could answer \(\/shout, \/whisper\), and none was named\. .*\/shout\(value: textbox\) -> textbox/);
  });

  it('gives a Space the settings of -o NAME=VALUE, and says to when one is missing', async () => {
    const missing = await runG4f(['chat', '-m', 'space:someone/required-input', '--base-url', at('required-input'), 'hi']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('(-o n=VALUE in the CLI)');
    const run = await runG4f(['chat', '-m', 'space:someone/required-input', '--base-url', at('required-input'), '-o', 'n=3', 'hi']);
    expect(run).toMatchObject({ code: 0, stdout: 'hi hi hi\n' });
  });

  it('refuses an -o without NAME=VALUE, saying what to give', async () => {
    const run = await runG4f(['chat', '-o', 'width', 'hi']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give NAME=VALUE, like width=512');
  });

  it('inspects what goes where: the prompt, the defaults, the answer', async () => {
    const run = await runG4f(['spaces', 'inspect', 'someone/text-to-image', '--base-url', at('text-to-image')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('space:someone/text-to-image at ');
    expect(run.stdout).toContain('  /draw(prompt: textbox, seed: number = 0, size: slider = 64) -> image');
    expect(run.stdout).toContain('  prompt (textbox) <- the prompt');
    expect(run.stdout).toContain('  seed (number) <- providerOptions["space:someone/text-to-image"].seed, else 0');
    expect(run.stdout).toContain('  the answer is read from output 0 (image)');
  });

  it("inspects a chatbot whose .then() handler answers: the history with the user's turn goes there", async () => {
    const run = await runG4f(['spaces', 'inspect', 'someone/chatbot-then', '--base-url', at('chatbot-then')]);
    expect(run.stdout).toContain('a call goes to /user:');
    expect(run.stdout).toContain("  it only adds the user's turn: /bot, run after it, is called instead, given the history with that turn");
  });

  it('inspects as JSON, and says why a Space cannot be used', async () => {
    const run = await runG4f(['spaces', 'inspect', 'space:someone/no-text-input', '--base-url', at('no-text-input'), '--json']);
    expect(run.code).toBe(0);
    const inspection = JSON.parse(run.stdout) as { endpoints: string[]; error?: string };
    expect(inspection.endpoints).toEqual(['/flip(image: image) -> image']);
    expect(inspection.error).toMatch(/no text input/);
  });

  it('tells in g4f models that space:owner/name exists', async () => {
    const run = await runG4f(['models']);
    expect(run.stdout).toContain('Also: space:owner/name[/endpoint]: any Gradio chat or image Space by its id');
  });
});
