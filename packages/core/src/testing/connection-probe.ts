/** A fetch that counts the response bodies still open, to see that a provider closes what it opened. */
export interface ConnectionProbe {
  /** Give this to the provider as its fetch. */
  fetch: typeof fetch;
  /** Response bodies neither read to their end, nor cancelled, nor failed. */
  open: () => number;
}

/** A fetch over the global one that counts open response bodies. */
export function connectionProbe(): ConnectionProbe {
  let open = 0;
  const tracked = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    if (response.body === null) return response;
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    open++;
    let closed = false;
    const close = (): void => {
      if (!closed) open--;
      closed = true;
    };
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            close();
            controller.close();
          } else controller.enqueue(value);
        } catch (error) {
          close();
          controller.error(error);
        }
      },
      async cancel(reason) {
        close();
        await reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch: tracked, open: () => open };
}
