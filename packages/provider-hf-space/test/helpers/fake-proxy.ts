import { createServer, request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/** An HTTP proxy on 127.0.0.1 that records the request lines passing through it. */
export interface FakeProxy {
  url: string;
  /** "METHOD path" of every request seen, tunnelled (CONNECT) or forwarded. */
  seen: string[];
  close(): Promise<void>;
}

const REQUEST_LINE = /^(GET|POST|PUT|DELETE|HEAD|OPTIONS) (\S+) HTTP\/1\.1\r$/gm;

/** Starts a proxy that forwards plain requests and tunnels CONNECT, to loopback targets only. */
export async function startFakeProxy(): Promise<FakeProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    seen.push(`${req.method ?? 'GET'} ${target.pathname}${target.search}`);
    const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  server.on('connect', (req, client, head) => {
    const [host = '127.0.0.1', port = '80'] = (req.url ?? '').split(':');
    if (host !== '127.0.0.1' && host !== 'localhost') {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      client.on('data', (chunk: Buffer) => {
        for (const match of chunk.toString('latin1').matchAll(REQUEST_LINE)) seen.push(`${match[1] ?? ''} ${match[2] ?? ''}`);
      });
      client.pipe(upstream);
      upstream.pipe(client);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
