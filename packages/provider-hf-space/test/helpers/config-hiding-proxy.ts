import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy in front of a real Space. */
export interface ConfigHidingProxy {
  url: string;
  /** The paths of the requests it passed on, in order. */
  paths: string[];
  close(): Promise<void>;
}

/**
 * A proxy on 127.0.0.1 that passes every request to `target` (streams included) but answers 404
 * for `/config`, so a real Gradio looks like a Space whose config cannot be read.
 */
export async function startConfigHidingProxy(target: string): Promise<ConfigHidingProxy> {
  const { hostname, port } = new URL(target);
  const paths: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path.split('?')[0] === '/config') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"detail":"Not Found"}');
      return;
    }
    paths.push(path);
    const upstream = request({ hostname, port, path, method: req.method, headers: { ...req.headers, host: `${hostname}:${port}` } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    // A client that goes away takes the upstream request with it, as a real proxy does.
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    paths,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
