import { clearLine, cursorTo, moveCursor } from 'node:readline';
import { PassThrough } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { StreamPart } from '@g4f/core';
import type { TerminalIO } from '@g4f/cli';
import { renderParts } from '../src/render-parts.js';

// A stream that says it is a terminal has a terminal's cursor methods (the spinner moves with them).
function stream(isTTY: boolean): PassThrough & { isTTY: boolean } {
  const sink = new PassThrough();
  const tty = { columns: 80, cursorTo: (x: number) => cursorTo(sink, x), moveCursor: (dx: number, dy: number) => moveCursor(sink, dx, dy), clearLine: (dir: -1 | 0 | 1) => clearLine(sink, dir) };
  return Object.assign(sink, { isTTY }, isTTY ? tty : {});
}

function terminal(isTTY: boolean): { io: TerminalIO; out: () => string; err: () => string } {
  const [stdout, stderr] = [stream(isTTY), stream(isTTY)];
  let [out, err] = ['', ''];
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout, stderr, env: {} }, out: () => out, err: () => err };
}

async function* parts(): AsyncGenerator<StreamPart> {
  yield { type: 'progress', stage: 'queued', rank: 2, queueSize: 5, eta: 3.2 };
  yield { type: 'reasoning-delta', text: 'hmm' };
  yield 'Answer';
  yield { type: 'image', url: 'http://127.0.0.1/file=x.png' };
}

describe('renderParts', () => {
  it('says on stderr when the model answered nothing, and nothing more on stdout', async () => {
    const { io, out, err } = terminal(false);
    async function* nothing(): AsyncGenerator<StreamPart> {
      yield { type: 'progress', stage: 'processing' };
      yield { type: 'finish', reason: 'stop' };
    }
    await renderParts(nothing(), io, false);
    expect(out()).toBe('');
    expect(err()).toBe('g4f: the model answered nothing (no text, no image).\n');
    const answered = terminal(false);
    await renderParts(parts(), answered.io, false);
    expect(answered.err()).not.toContain('answered nothing');
  });

  it('on a terminal: dims the thinking, parts it from the answer by a blank line, and shows the queue position on stderr', async () => {
    const { io, out, err } = terminal(true);
    await renderParts(parts(), io, false);
    expect(out()).toBe('\x1b[2mhmm\x1b[22m\n\nAnswer\nhttp://127.0.0.1/file=x.png\n');
    expect(err()).toContain('Queued at position 3 of 5, about 4 s…');
  });

  it('on a terminal: says the Space is asleep, then building, then starting, before the answer', async () => {
    const { io, out, err } = terminal(true);
    async function* waking(): AsyncGenerator<StreamPart> {
      for (const stage of ['waking', 'building', 'starting'] as const) yield { type: 'progress', stage };
      yield 'Awake';
    }
    await renderParts(waking(), io, false);
    expect(out()).toBe('Awake\n');
    // Each redraw writes a spinner frame and the text (after clearing the line, or on a new line in CI).
    const texts = [...stripVTControlCharacters(err()).matchAll(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] ([^⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏\n]+)/g)].map((match) => match[1]);
    const shown = texts.filter((text, i) => text !== texts[i - 1]);
    expect(shown).toEqual(['The Space is asleep; waking it up (this can take minutes)…', 'The Space is building…', 'The Space is starting…']);
  });

  it('on a terminal: a thinking status stands on its own line, and the answer after a blank line', async () => {
    const { io, out } = terminal(true);
    async function* thinking(): AsyncGenerator<StreamPart> {
      yield { type: 'reasoning-status', status: 'Thinking...', done: false };
      yield { type: 'reasoning-delta', text: 'Let me see' };
      yield { type: 'reasoning-status', status: 'End of Thought (1.2s)', done: true };
      yield 'Blue.';
    }
    await renderParts(thinking(), io, false);
    expect(stripVTControlCharacters(out())).toBe('[Thinking...]\nLet me see\n[End of Thought (1.2s)]\n\nBlue.\n');
  });

  it('ends a partial answer with a line break when the stream fails, and passes the error on', async () => {
    const { io, out } = terminal(false);
    async function* failing(): AsyncGenerator<StreamPart> {
      yield 'a b';
      throw new Error('the Space crashed');
    }
    await expect(renderParts(failing(), io, false)).rejects.toThrow('the Space crashed');
    expect(out()).toBe('a b\n');
  });

  it('into a pipe: only the answer and image URLs, no spinner, no escape codes', async () => {
    const { io, out, err } = terminal(false);
    await renderParts(parts(), io, false);
    expect(out()).toBe('Answer\nhttp://127.0.0.1/file=x.png\n');
    expect(err()).toBe('');
  });
});
