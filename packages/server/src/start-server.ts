import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { createApp } from './create-app.js';
import { createServerLogger } from './server-logger.js';
import { openSharedState } from './shared-state/open-shared-state.js';
import type { ServerOptions } from './server-options.js';

/** Whether an address is this machine only (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

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
  const logger = createServerLogger(options);
  if (!isLoopback(host) && (options.apiKey ?? '') === '') {
    logger.warn({ host }, `Listening on ${host} without an API key: anyone who can reach it may use it (and the server's HF token). Set --api-key or G4F_API_KEY.`);
  }
  const shared = await openSharedState(options.redisUrl, logger);
  const app = createApp(options, logger, shared.state);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 1337 }, (info: AddressInfo) => {
      const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      logger.info({ url: `http://${shownHost}:${info.port}/v1` }, 'listening');
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () =>
          new Promise((done) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => {
              void shared.close().then(done);
            });
          }),
      });
    });
    server.once('error', (error: Error) => {
      void shared.close();
      reject(error);
    });
  });
}
