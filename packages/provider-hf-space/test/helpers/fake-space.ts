import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake Space received. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** Set when the client closed the connection before the response ended. */
  closedEarly: boolean;
}

/** Answers one route; `body` is the request body as text. */
export type FakeHandler = (res: ServerResponse, body: string, req: IncomingMessage) => void | Promise<void>;

/** A running fake Space. */
export interface FakeSpace {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * An in-process HTTP server for faults a real Gradio will not produce. Routes are
 * "METHOD /path", where a trailing "*" matches any rest; the query string is ignored.
 */
export async function startFakeSpace(routes: Record<string, FakeHandler>): Promise<FakeSpace> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body: Buffer.concat(chunks).toString(), closedEarly: false };
      requests.push(record);
      res.on('close', () => {
        record.closedEarly = !res.writableFinished;
      });
      const pathname = path.split('?')[0] ?? '/';
      const key = `${record.method} ${pathname}`;
      const route = Object.keys(routes).find((pattern) => pattern === key || (pattern.endsWith('*') && key.startsWith(pattern.slice(0, -1))));
      const handler = route === undefined ? undefined : routes[route];
      if (handler === undefined) {
        res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not Found"}');
        return;
      }
      void Promise.resolve(handler(res, record.body, req)).catch(() => res.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Starts a server-sent event stream on `res` and returns a function that sends one event. */
export function eventStream(res: ServerResponse): (data: unknown, event?: string) => void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
  return (data, event) => {
    res.write(`${event === undefined ? '' : `event: ${event}\n`}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);
  };
}

/** Answers with JSON. */
export function json(value: unknown, status = 200): FakeHandler {
  return (res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  };
}

/** A `/config` like Gradio 5's, with the `generate` endpoint at fn_index 7, trigger 12. */
export const gradio5Config = json({
  version: '5.9.1',
  api_prefix: '/gradio_api',
  protocol: 'sse_v3',
  dependencies: [
    { id: 3, api_name: 'stats', targets: [[4, 'click']] },
    { id: 7, api_name: 'generate', targets: [[12, 'click']] },
  ],
});

/** Waits `ms` milliseconds. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
