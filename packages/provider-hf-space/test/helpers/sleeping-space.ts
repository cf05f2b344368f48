import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Space host that sleeps until told it is awake. */
export interface SleepingSpace {
  url: string;
  /** How many requests it refused with 503 while asleep. */
  refused: number;
  /** "METHOD path" of each request it passed on. */
  forwarded: string[];
  close(): Promise<void>;
}

// What Hugging Face's front answers for a Space that is not up (its HTML page, reduced).
const ASLEEP_PAGE = '<!DOCTYPE html><html><head><title>503 Space is sleeping</title></head><body>Starting the Space</body></html>';

/**
 * A Space's host on 127.0.0.1 in front of the real Space at `target`: it answers 503 while
 * `awake()` is false, as Hugging Face does for a Space that sleeps, builds or starts, and then
 * passes every request through, event streams included.
 */
export async function startSleepingSpace(target: string, awake: () => boolean): Promise<SleepingSpace> {
  const space: SleepingSpace = { url: '', refused: 0, forwarded: [], close: () => Promise.resolve() };
  const server = createServer((req, res) => {
    if (!awake()) {
      space.refused += 1;
      req.resume();
      res.writeHead(503, { 'content-type': 'text/html' }).end(ASLEEP_PAGE);
      return;
    }
    const path = req.url ?? '/';
    space.forwarded.push(`${req.method ?? 'GET'} ${path.split('?')[0] ?? '/'}`);
    const upstream = httpRequest(new URL(path, target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  space.url = `http://127.0.0.1:${port}`;
  space.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        resolve();
      });
    });
  return space;
}
