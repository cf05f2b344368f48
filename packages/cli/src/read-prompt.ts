import { addAbortSignal } from 'node:stream';
import { text } from 'node:stream/consumers';
import { InvalidRequestError } from '@g4f/core';
import type { TerminalIO } from './terminal-io.js';

/** All of stdin when it is a pipe or a file; a terminal's is never waited for. */
async function pipedText(stdin: TerminalIO['stdin'], signal: AbortSignal): Promise<string> {
  if (stdin === undefined || stdin.isTTY === true) return '';
  // The line break `echo` ends with is no part of the question.
  return (await text(addAbortSignal(signal, stdin))).trimEnd();
}

/**
 * The prompt of `g4f chat`: its words, or else all of stdin when that is a pipe or a file (as
 * g4f's CLI reads it), so that `echo "Why?" | g4f chat` works.
 */
export async function readPrompt(words: readonly string[], stdin: TerminalIO['stdin'], signal: AbortSignal): Promise<string> {
  const prompt = words.length > 0 ? words.join(' ') : await pipedText(stdin, signal);
  if (prompt.trim() === '') {
    throw new InvalidRequestError('No prompt: give it as arguments (g4f chat "Why is the sky blue?") or on stdin (echo "Why is the sky blue?" | g4f chat).');
  }
  return prompt;
}
