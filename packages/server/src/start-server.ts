import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './create-app.js';
import type { ServerOptions } from './server-options.js';

/** Where to listen, besides what the app does. */
export interface ListenOptions extends ServerOptions {
  /** The address to bind. Default: 127.0.0.1 (this machine only). */
  host?: string | undefined;
  /** The port. Default: 1337; 0 picks a free one. */
  port?: number | undefined;
}

/** A running server. */
export interface RunningServer {
  /** Its base URL: "http://127.0.0.1:1337". */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Starts the OpenAI-compatible server on Node. */
export async function startServer(options: ListenOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 1337 }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => {
              done();
            });
          }),
      });
    });
    server.once('error', reject);
  });
}
