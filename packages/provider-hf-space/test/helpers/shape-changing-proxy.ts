import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running proxy in front of a real Space. */
export interface ShapeChangingProxy {
  url: string;
  close(): Promise<void>;
}

/** What every output becomes: a shape no provider reads. */
export const CHANGED_OUTPUT = { changed: 'shape' };

// One `data:` line of an event stream, its outputs replaced; queue edits are dropped (heartbeats in
// their place), as they would edit outputs that are no longer there.
function changeShape(line: string): string {
  if (!line.startsWith('data: ')) return line;
  let event: unknown;
  try {
    event = JSON.parse(line.slice(6));
  } catch {
    return line;
  }
  const reshape = (data: unknown): unknown => (Array.isArray(data) ? data.map(() => CHANGED_OUTPUT) : data);
  if (Array.isArray(event)) return `data: ${JSON.stringify(reshape(event))}`;
  const message = event as { msg?: string; output?: { data?: unknown } } | null;
  if (message?.msg === 'process_generating') return 'data: {"msg":"heartbeat"}';
  if (message?.msg === 'process_completed' && message.output !== undefined) {
    return `data: ${JSON.stringify({ ...message, output: { ...message.output, data: reshape(message.output.data) } })}`;
  }
  return line;
}

/**
 * A proxy on 127.0.0.1 in front of a real Space whose answers keep their protocol but change their
 * outputs' shape, as a Space does when its owner swaps an output component: the queue's last
 * message and the call route's events carry `{"changed": "shape"}` for every output.
 */
export async function startShapeChangingProxy(target: string): Promise<ShapeChangingProxy> {
  const { hostname, port } = new URL(target);
  const server = createServer((req, res) => {
    const upstream = request({ hostname, port, path: req.url, method: req.method, headers: { ...req.headers, host: `${hostname}:${port}` } }, (answer) => {
      const streaming = (answer.headers['content-type'] ?? '').startsWith('text/event-stream');
      const headers = { ...answer.headers };
      // The rewritten stream has another length.
      if (streaming) delete headers['content-length'];
      res.writeHead(answer.statusCode ?? 502, headers);
      if (!streaming) {
        answer.pipe(res);
        return;
      }
      let pending = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        res.write(lines.map((line) => `${changeShape(line)}\n`).join(''));
      });
      answer.on('end', () => res.end(changeShape(pending)));
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
