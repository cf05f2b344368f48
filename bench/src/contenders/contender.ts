/** One answer as a contender received it. */
export interface AnswerTiming {
  /** Milliseconds from the call to the first non-empty text. */
  ttfdMs: number;
  /** Milliseconds from the call to the end of the answer. */
  totalMs: number;
  /** The whole answer. */
  text: string;
}

/** A way of asking the local QVQ-shaped Space, measured side by side with the others. */
export interface Contender {
  /** Connects once (config, client objects) before anything is timed. */
  prepare(url: string): Promise<void>;
  /** Asks `prompt` (with an image file, if given) and times the answer. */
  ask(prompt: string, image?: string): Promise<AnswerTiming>;
}

/** Times an answer that `stream` yields as growing or delta text. */
export async function timeStream(stream: AsyncIterable<string>, growing: boolean): Promise<AnswerTiming> {
  const start = performance.now();
  let ttfdMs = Number.NaN;
  let text = '';
  for await (const piece of stream) {
    if (piece === '') continue;
    if (Number.isNaN(ttfdMs)) ttfdMs = performance.now() - start;
    text = growing ? piece : text + piece;
  }
  return { ttfdMs, totalMs: performance.now() - start, text };
}
