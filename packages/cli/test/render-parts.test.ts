import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { StreamPart } from '@g4f/core';
import type { TerminalIO } from '@g4f/cli';
import { renderParts } from '../src/render-parts.js';

function terminal(isTTY: boolean): { io: TerminalIO; out: () => string; err: () => string } {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  let [out, err] = ['', ''];
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return { io: { stdout: Object.assign(stdout, { isTTY }), stderr: Object.assign(stderr, { isTTY }), env: {} }, out: () => out, err: () => err };
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

  it('on a terminal: dims the thinking and shows the queue position on stderr', async () => {
    const { io, out, err } = terminal(true);
    await renderParts(parts(), io, false);
    expect(out()).toBe('\x1b[2mhmm\x1b[22mAnswer\nhttp://127.0.0.1/file=x.png\n');
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
    // Each redraw clears the line and writes a spinner frame and the text.
    const shown = err().split('\r\x1b[2K').map((line) => line.slice(2)).filter((line, i, all) => line !== '' && line !== all[i - 1]);
    expect(shown).toEqual(['The Space is asleep; waking it up (this can take minutes)…', 'The Space is building…', 'The Space is starting…']);
  });

  it('into a pipe: only the answer and image URLs, no spinner, no escape codes', async () => {
    const { io, out, err } = terminal(false);
    await renderParts(parts(), io, false);
    expect(out()).toBe('Answer\nhttp://127.0.0.1/file=x.png\n');
    expect(err()).toBe('');
  });
});
