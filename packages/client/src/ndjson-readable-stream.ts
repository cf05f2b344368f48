/**
 * An async iterator's items as newline-separated JSON bytes, as the `openai` package's
 * `toReadableStream()` gives them; cancelling the stream returns the iterator, which closes its source.
 */
export function ndjsonReadableStream(items: AsyncIterator<unknown>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await items.next();
      if (next.done === true) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    async cancel() {
      await items.return?.(undefined);
    },
  });
}
