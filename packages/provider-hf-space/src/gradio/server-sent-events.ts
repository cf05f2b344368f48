import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream';

/**
 * The events of a server-sent event stream. `onActivity` runs for every chunk of bytes
 * (heartbeats included), to keep an idle timer alive. Stopping early cancels the body, which
 * closes the connection.
 */
export async function* readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  onActivity: () => void,
): AsyncGenerator<EventSourceMessage> {
  const events = body
    .pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          onActivity();
          controller.enqueue(chunk);
        },
      }),
    )
    .pipeThrough(new TextDecoderStream())
    .pipeThrough(new EventSourceParserStream());
  const reader = events.getReader();
  // The stream is open: from now on, silence counts.
  onActivity();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
