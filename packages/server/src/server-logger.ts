import { redactSecrets } from '@g4f/core';
import { pino, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import type { ServerOptions } from './server-options.js';

/** Every string in a log object, secrets removed (tokens, keys, a URL's user and password). */
function redactFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (typeof value !== 'object' || value === null || depth > 6) return value;
  if (value instanceof Error) {
    const { name, message, stack, cause } = value;
    return redactFields({ type: name, message, stack, ...(cause === undefined ? {} : { cause }) }, depth + 1);
  }
  if (Array.isArray(value)) return value.map((item) => redactFields(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactFields(item, depth + 1)]));
}

/**
 * The server's logger: pino on stderr, JSON lines or readable ones. Authorization headers are
 * censored by path, and every logged string passes through redactSecrets.
 */
export function createServerLogger(options: Pick<ServerOptions, 'logDestination' | 'logLevel' | 'logFormat'>): Logger {
  const settings = {
    name: 'g4f-server',
    level: options.logLevel ?? 'info',
    redact: { paths: ['headers.authorization', 'req.headers.authorization', '*.apiKey', 'apiKey'], censor: '***' },
    formatters: { log: (object: Record<string, unknown>) => redactFields(object) as Record<string, unknown> },
  };
  // pino-pretty as a stream, in this thread: no worker for a handful of lines a second.
  const pretty = options.logFormat === 'pretty';
  const destination = pretty
    ? pinoPretty({ destination: options.logDestination ?? 2, colorize: options.logDestination === undefined && process.stderr.isTTY, sync: true })
    : (options.logDestination ?? pino.destination({ dest: 2, sync: true }));
  return pino(settings, destination);
}
