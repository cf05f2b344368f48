/** What `withResponse()` gives: the data, and a Response describing it. */
export interface WithResponse<T> {
  /** What awaiting the promise gives. */
  data: T;
  /**
   * A Response made here, as no HTTP API answers (the Space is asked directly): status 200 and
   * the headers `x-g4f-provider` and `x-g4f-model`.
   */
  response: Response;
  /** Always null: Spaces give no request id. */
  request_id: string | null;
}

/** The promise `create` returns, as the `openai` package's `APIPromise`: awaitable, with `withResponse()` and `asResponse()`. */
export type APIPromise<T> = Promise<T> & {
  /** The data with the Response made for it (`x-g4f-provider`, `x-g4f-model`). */
  withResponse(): Promise<WithResponse<T>>;
  /** Only that Response. */
  asResponse(): Promise<Response>;
};

/** Gives `data` the methods of an APIPromise; `describe` says which provider and model answered. */
export function apiPromise<T>(data: Promise<T>, describe: (value: T) => { provider: string; model: string; stream: boolean }): APIPromise<T> {
  const response = (value: T): Response => {
    const { provider, model, stream } = describe(value);
    const headers = { 'content-type': stream ? 'text/event-stream' : 'application/json', 'x-g4f-provider': provider, 'x-g4f-model': model };
    return new Response(null, { status: 200, headers });
  };
  return Object.assign(data, {
    withResponse: async (): Promise<WithResponse<T>> => {
      const value = await data;
      return { data: value, response: response(value), request_id: null };
    },
    asResponse: async (): Promise<Response> => response(await data),
  });
}
