import { promptFor, type BenchPlan } from './bench-plan.js';
import type { BenchResults } from './bench-results.js';
import { startByteCountingProxy } from './byte-counting-proxy.js';
import { withSession } from './child-session.js';
import { contenders } from './contenders/index.js';

/** Counts on the wire the bytes the Space sends each contender for one answer of each length. */
export async function measureBytes(url: string, plan: BenchPlan, log: (text: string) => void): Promise<BenchResults['bytes']> {
  const proxy = await startByteCountingProxy(url);
  const bytes: BenchResults['bytes'] = [];
  try {
    for (const { name } of contenders) {
      log(`${name}: bytes on the wire`);
      for (const length of plan.lengths) {
        const request = { prompt: promptFor(length), concurrency: 1 };
        await withSession({ contender: name, url: proxy.url, maxConcurrency: 1 }, async (session) => {
          // The first answer reads /config and opens connections; the second costs what every later one does.
          await session.ask(request);
          proxy.reset();
          await session.ask(request);
          // Counted until the process has gone, so what follows the answer's last event counts too.
          await session.end();
        });
        bytes.push({ contender: name, length, bytes: proxy.received() });
      }
    }
  } finally {
    await proxy.close();
  }
  return bytes;
}
