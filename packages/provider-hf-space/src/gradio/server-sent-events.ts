import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { ConnectionLost } from './call-faults.js';

/**
 * The events of a server-sent event stream. `onActivity` runs for every chunk of bytes
 * (heartbeats included), to keep an idle timer alive. Stopping early cancels the body, which
 * closes the connection; a connection that drops is a ConnectionLost.
 *
 * The body is read directly and fed to eventsource-parser's push parser rather than piped
 * through TextDecoderStream and EventSourceParserStream: each web stream stage costs promises
 * per chunk, and Gradio sends one small chunk per event, so the stages cost more CPU than
 * the parsing (see docs/benchmarks.md).
 */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  onActivity: () => void,
): AsyncGenerator<EventSourceMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let parsed: EventSourceMessage[] = [];
  const parser = createParser({
    onEvent: (event) => {
      parsed.push(event);
    },
  });
  // The stream is open: from now on, silence counts.
  onActivity();
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        throw new ConnectionLost(error);
      }
      const { done, value } = chunk;
      // At the end, an event not closed by a blank line is dropped, as the SSE standard says.
      if (done) parser.feed(decoder.decode());
      else {
        onActivity();
        parser.feed(decoder.decode(value, { stream: true }));
      }
      const ready = parsed;
      parsed = [];
      yield* ready;
      if (done) return;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
