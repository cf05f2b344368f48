import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy on 127.0.0.1. */
export interface ForwardingProxy {
  url: string;
  close(): Promise<void>;
}

/** How a proxy differs from passing everything through. */
export interface ProxyHooks {
  /** Answers a request itself instead of passing it on; returns whether it did. */
  answer?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Rewrites each line of a streamed answer (an event stream, or chat-ui's JSON lines) on its way back. */
  rewriteEventLine?: (line: string) => string;
}

/**
 * A proxy on 127.0.0.1 in front of a real Space at `target`: every request passes through, event
 * streams included, unless a hook answers it or rewrites the stream. A client that goes away
 * takes the upstream request with it, as a real proxy does.
 */
export async function startForwardingProxy(target: string, hooks: ProxyHooks = {}): Promise<ForwardingProxy> {
  const { host } = new URL(target);
  const server = createServer((req, res) => {
    if (hooks.answer?.(req, res) === true) return;
    const upstream = request(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host } }, (answer) => {
      const { rewriteEventLine } = hooks;
      const streaming = /^(?:text\/event-stream|application\/jsonl)/.test(answer.headers['content-type'] ?? '');
      if (rewriteEventLine === undefined || !streaming) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const headers = { ...answer.headers };
      // The rewritten stream has another length.
      delete headers['content-length'];
      res.writeHead(answer.statusCode ?? 502, headers);
      let pending = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        res.write(lines.map((line) => `${rewriteEventLine(line)}\n`).join(''));
      });
      answer.on('end', () => res.end(rewriteEventLine(pending)));
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
