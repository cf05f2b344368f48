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

  /** The items as newline-separated JSON bytes, as the `openai` package's `toReadableStream()` gives them. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return ndjsonReadableStream(this[Symbol.asyncIterator]());
  }
}
