import { startForwardingProxy } from './forwarding-proxy.js';

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
  const proxy = await startForwardingProxy(target, {
    answer(req, res) {
      if (awake()) {
        space.forwarded.push(`${req.method ?? 'GET'} ${(req.url ?? '/').split('?')[0] ?? '/'}`);
        return false;
      }
      space.refused += 1;
      req.resume();
      res.writeHead(503, { 'content-type': 'text/html' }).end(ASLEEP_PAGE);
      return true;
    },
  });
  return Object.assign(space, proxy);
}
