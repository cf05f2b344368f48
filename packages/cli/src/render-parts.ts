import { isContentPart, type ProgressPart, type StreamPart } from '@g4f/core';
import { Spinner } from './spinner.js';
import type { TerminalIO } from './terminal-io.js';

const DIM = '\x1b[2m';
const UNDIM = '\x1b[22m';

// Each stage but the queue's, whose text says the place; a new stage fails to compile until named.
const STAGE_TEXT: Readonly<Record<Exclude<ProgressPart['stage'], 'queued'>, string>> = {
  waking: 'The Space is asleep; waking it up (this can take minutes)…',
  building: 'The Space is building…',
  starting: 'The Space is starting…',
  uploading: 'Uploading image…',
  processing: 'Generating…',
};

function progressText(part: ProgressPart): string {
  if (part.stage !== 'queued') return STAGE_TEXT[part.stage];
  const place = part.rank === undefined ? '' : ` at position ${part.rank + 1}${part.queueSize === undefined ? '' : ` of ${part.queueSize}`}`;
  const eta = part.eta === undefined ? '' : `, about ${Math.ceil(part.eta)} s`;
  return `Queued${place}${eta}…`;
}

// What starts a line after `last`: nothing at a line's start, else a line break.
function newLineAfter(last: string): string {
  return last === '' || last.endsWith('\n') ? '' : '\n';
}

/**
 * Writes a stream's parts for people: the answer on stdout as it arrives, thinking and its status
 * dimmed and set apart from the answer by a blank line (only on a terminal; into a pipe only the
 * answer, as g4f's CLI prints), final images as their URLs (previews only move the spinner), and a
 * spinner on stderr while the Space wakes, an image uploads, the request is queued or an image is
 * drawn (only when stdout is a terminal). With `json`, one JSON line per part instead. Whatever
 * ends the stream, an error too, stdout ends with a line break, so an error line starts on its own.
 */
export async function renderParts(parts: AsyncIterable<StreamPart>, io: TerminalIO, json: boolean): Promise<void> {
  const terminal = io.stdout.isTTY === true;
  const spinner = new Spinner(io.stderr, terminal && io.stderr.isTTY === true);
  // The last text written, without its dimming: what the next text follows.
  let last = '';
  // What is being written, to part the thinking from the answer when one follows the other.
  let section: 'thinking' | 'answer' | undefined;
  // Whether any of the answer came (text, thinking or an image), to say so when none did.
  let answered = false;
  // Writes `text` as part of `next`, after a blank line when the other section came before it, and
  // on a line of its own when `ownLine`.
  const write = (text: string, next: 'thinking' | 'answer', ownLine = false): void => {
    if (text === '') return;
    spinner.stop();
    const lead = section !== undefined && section !== next ? `${newLineAfter(last)}\n` : ownLine ? newLineAfter(last) : '';
    section = next;
    io.stdout.write(`${lead}${next === 'thinking' ? `${DIM}${text}${UNDIM}` : text}`);
    last = text;
  };
  try {
    for await (const part of parts) {
      answered ||= isContentPart(part);
      if (json) {
        io.stdout.write(`${JSON.stringify(typeof part === 'string' ? { type: 'text-delta', text: part } : part)}\n`);
        continue;
      }
      if (typeof part === 'string') write(part, 'answer');
      else if (part.type === 'progress') spinner.update(progressText(part));
      else if (part.type === 'reasoning-delta' && terminal) write(part.text, 'thinking');
      else if (part.type === 'reasoning-status' && terminal) write(`[${part.status}]\n`, 'thinking', true);
      // A preview is only worth a spinner line; the final image's URL follows.
      else if (part.type === 'image' && part.preview === true) spinner.update('Drawing… (preview received)');
      else if (part.type === 'text-replace') write(`\n${part.text}`, 'answer');
      else if (part.type === 'image') write(`${part.url}\n`, 'answer', true);
    }
  } finally {
    spinner.stop();
    if (!json && !last.endsWith('\n') && last !== '') io.stdout.write('\n');
  }
  // An empty answer is the model's, not an error; silence would look like a hang or a crash.
  if (!json && !answered) io.stderr.write('g4f: the model answered nothing (no text, no image).\n');
}
