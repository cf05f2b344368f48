import { ResponseError, UnreadableAnswerError, redactSecrets, type StreamPart } from '@g4f/core';
import { ConnectionLost } from '../gradio/call-faults.js';

/** What the reading of an answer has delivered, for the error of a broken one. */
export interface AnswerSoFar {
  text: string;
}

// chat-ui pads each streamed token with NUL characters to 16, against packet-length side channels.
const PADDING = /\0/g;

/**
 * chat-ui's answer, one MessageUpdate a JSON line (`application/jsonl`), as text deltas: `stream`
 * tokens, the end at `finalAnswer`; an error status throws the Space's message. Updates of other
 * types (status, title, tool, reasoning, ...) are skipped; a line that is no update at all is an
 * UnreadableAnswerError showing it. `answer.text` grows as text is yielded.
 */
export async function* messageUpdates(
  body: ReadableStream<Uint8Array>,
  answer: AnswerSoFar,
  context: { provider: string; onActivity: () => void },
): AsyncGenerator<StreamPart> {
  const { provider } = context;
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new ConnectionLost(error);
      }
      if (chunk.done) break;
      context.onActivity();
      const lines = (pending + chunk.value).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        const update = parseUpdate(line, provider);
        if (update.type === 'stream' && typeof update.token === 'string') {
          const token = update.token.replace(PADDING, '');
          if (token === '') continue;
          answer.text += token;
          yield token;
        } else if (update.type === 'finalAnswer') {
          return;
        } else if (update.type === 'status' && update.status === 'error') {
          const said = typeof update.message === 'string' ? update.message : 'no reason given';
          throw new ResponseError(`the Space reported an error: ${said}`, { provider, partialText: answer.text });
        }
      }
    }
  } finally {
    // Closes the connection when the caller stops reading, aborts, or an error happens.
    reader.cancel().catch(() => undefined);
  }
  throw new ResponseError(`the answer ended before chat-ui's final answer, after ${answer.text.length} characters; the answer is truncated.`, {
    provider,
    partialText: answer.text,
    retryable: answer.text === '',
  });
}

function parseUpdate(line: string, provider: string): { type: string; token?: unknown; status?: unknown; message?: unknown } {
  let update: unknown;
  try {
    update = JSON.parse(line);
  } catch {
    update = undefined;
  }
  const type = (update as { type?: unknown } | null | undefined)?.type;
  if (typeof type !== 'string') {
    const shape = redactSecrets(line.slice(0, 200));
    throw new UnreadableAnswerError(`the Space answered with a line that is no chat-ui message update: ${shape}`, shape, { provider });
  }
  return update as { type: string };
}
