import type { StreamPart } from '../types/stream-part.js';

/** What a provider hands on once its call is prepared: its own first parts, then a transport's stream. */
export interface OpenedStream {
  /** Parts to give before the stream's (the provider's info, say). */
  first: readonly StreamPart[];
  /** The stream whose parts follow, as it gives them. */
  rest: AsyncIterable<StreamPart>;
}

/**
 * A stream that prepares itself on its first read: `open` runs then, so that its failures come
 * from the first read as every other failure does, and the stream it opens passes through as it
 * is. A provider whose `streamParts` prepares a call and hands on a transport's stream returns
 * this rather than `yield*` the stream from a generator of its own: that generator would cost
 * every part of a long answer a round of promises, for nothing.
 */
export function openOnFirstRead(open: () => Promise<OpenedStream>): AsyncIterable<StreamPart> {
  return {
    [Symbol.asyncIterator]: () => new OpeningIterator(open),
  };
}

class OpeningIterator implements AsyncIterator<StreamPart> {
  private first: StreamPart[] = [];
  private rest: AsyncIterator<StreamPart> | undefined;
  private closed = false;

  constructor(private readonly open: () => Promise<OpenedStream>) {}

  next(): Promise<IteratorResult<StreamPart>> {
    if (this.closed) return Promise.resolve({ done: true, value: undefined });
    if (this.rest === undefined) {
      return this.open().then((opened) => {
        this.first = [...opened.first];
        this.rest = opened.rest[Symbol.asyncIterator]();
        return this.next();
      });
    }
    const part = this.first.shift();
    // The opened stream's own promise, as it is: nothing more per part.
    return part === undefined ? this.rest.next() : Promise.resolve({ done: false, value: part });
  }

  // A caller that stops reading closes the opened stream (its connection, its job).
  return(): Promise<IteratorResult<StreamPart>> {
    this.closed = true;
    const closing = this.rest?.return?.();
    return closing === undefined ? Promise.resolve({ done: true, value: undefined }) : closing.then(() => ({ done: true, value: undefined }));
  }
}
