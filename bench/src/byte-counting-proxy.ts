import { createServer, connect, type AddressInfo, type Socket } from 'node:net';

/** A TCP proxy on 127.0.0.1 that counts the bytes the server sends back to clients. */
export interface ByteCountingProxy {
  url: string;
  /** Bytes from the server to clients since the last reset. */
  received(): number;
  reset(): void;
  close(): Promise<void>;
}

/** Starts a proxy in front of `target` (host:port), so every contender is counted alike on the wire. */
export async function startByteCountingProxy(targetUrl: string): Promise<ByteCountingProxy> {
  const target = new URL(targetUrl);
  let bytes = 0;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    upstream.on('data', (chunk: Buffer) => {
      bytes += chunk.byteLength;
    });
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received: () => bytes,
    reset: () => {
      bytes = 0;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
}
