import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A pass-through in front of a real local Space that notes the Authorization header of each request. */
export interface HeaderRecorder {
  url: string;
  authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/** Starts a reverse proxy to `target` on 127.0.0.1. */
export async function startHeaderRecorder(target: string): Promise<HeaderRecorder> {
  const upstream = new URL(target);
  const authorizations: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    const forwarded = request({ host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forwarded.on('error', () => res.destroy());
    res.on('close', () => forwarded.destroy());
    req.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    authorizations,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
