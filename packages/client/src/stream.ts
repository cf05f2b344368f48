import { toAPIError } from './errors/api-error.js';
import { ndjsonReadableStream } from './ndjson-readable-stream.js';

/**
 * A streamed answer, as the `openai` package's `Stream`: iterate it once with `for await`;
 * `controller.abort()` cancels it (the Space's job is cancelled), and so does leaving the loop.
 * Errors are `APIError`s.
 */
export class Stream<Item> implements AsyncIterable<Item> {
  private consumed = false;

  constructor(
    private readonly source: AsyncIterator<Item>,
    /** Aborts the request: the connection to the Space closes and its job is cancelled. */
    readonly controller: AbortController,
  ) {}

  /** The items as they arrive, once; leaving the loop early cancels the request. */
  async *[Symbol.asyncIterator](): AsyncGenerator<Item> {
    if (this.consumed) throw new Error('This stream has been read already; a stream can be iterated once.');
    this.consumed = true;
    try {
      for (let next = await this.source.next(); next.done !== true; next = await this.source.next()) yield next.value;
    } catch (error) {
      throw toAPIError(error);
    } finally {
      // Leaving early closes the provider's stream, and with it the connection to the Space.
      await this.source.return?.();
    }
  }

  /**
   * Two streams of the same items, as the `openai` package's `tee()`: each may be read at its own
   * pace (what one has read and the other not yet is held). The request is cancelled once both
   * have ended or been left; `controller` aborts both.
   */
  tee(): [Stream<Item>, Stream<Item>] {
    const shared = this[Symbol.asyncIterator]();
    const queues: [Promise<IteratorResult<Item>>[], Promise<IteratorResult<Item>>[]] = [[], []];
    let open = 2;
    const branch = (own: Promise<IteratorResult<Item>>[]): AsyncIterator<Item> => ({
      next: () => {
        if (own.length === 0) {
          const next = shared.next();
          for (const queue of queues) queue.push(next);
        }
        return own.shift() as Promise<IteratorResult<Item>>;
      },
      return: async () => {
        own.length = 0;
        // The source closes only when neither branch reads any more.
        if (--open === 0) await shared.return(undefined);
        return { done: true, value: undefined };
      },
    });
    return [new Stream(branch(queues[0]), this.controller), new Stream(branch(queues[1]), this.controller)];
  }

  /** The items as newline-separated JSON bytes, as the `openai` package's `toReadableStream()` gives them. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return ndjsonReadableStream(this[Symbol.asyncIterator]());
  }
}
