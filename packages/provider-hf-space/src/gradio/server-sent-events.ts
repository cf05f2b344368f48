import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { ConnectionLost } from './call-faults.js';
import type { EventStream } from './event-stream.js';

/** What a protocol makes of a stream's messages: its events, chunk by chunk, until it has read its last. */
export interface MessageReader<T> {
  /** The protocol's events for the messages one network chunk completed. */
  read(messages: readonly EventSourceMessage[]): T;
  /** Whether the last message came (checked once the caller has read a chunk's events). */
  readonly ended: boolean;
}

/**
 * The events of a server-sent event stream, in batches: what `reader` makes of all the messages
 * one network chunk completed, so that the layers above pay per chunk, not per event. This is the
 * only generator per chunk between the socket and the answer: the protocols hand their readers
 * here rather than wrap it in a generator of their own. `onActivity` runs for every chunk
 * (heartbeats included), to keep an idle timer alive. Stopping early, or the reader's end,
 * closes the connection; a connection that drops is a ConnectionLost.
 *
 * The text is fed to eventsource-parser's push parser rather than piped through
 * EventSourceParserStream: each web stream stage costs promises per chunk, and Gradio sends one
 * small chunk per event, so the stages cost more CPU than the parsing (see docs/benchmarks.md).
 */
export async function* readServerSentEvents<T>(stream: EventStream, onActivity: () => void, reader: MessageReader<T>): AsyncGenerator<T> {
  let parsed: EventSourceMessage[] = [];
  const parser = createParser({
    onEvent: (event) => {
      parsed.push(event);
    },
  });
  // The stream is open: from now on, silence counts.
  onActivity();
  const chunks = stream.chunks[Symbol.asyncIterator]();
  try {
    for (;;) {
      let chunk: IteratorResult<string>;
      try {
        chunk = await chunks.next();
      } catch (error) {
        throw new ConnectionLost(error);
      }
      // At the end, an event not closed by a blank line is dropped, as the SSE standard says.
      if (chunk.done === true) return;
      onActivity();
      parser.feed(chunk.value);
      if (parsed.length > 0) {
        const ready = parsed;
        parsed = [];
        yield reader.read(ready);
        if (reader.ended) return;
      }
    }
  } finally {
    stream.close();
  }
}
