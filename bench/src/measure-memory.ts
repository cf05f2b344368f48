import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@g4f/local-space';
import { promptFor, type BenchPlan } from './bench-plan.js';
import type { BenchResults } from './bench-results.js';
import { writeNoiseBmp } from './big-image.js';
import { withSession } from './child-session.js';
import { contenders } from './contenders/index.js';

/** Peak RSS of a fresh process that asks these requests, one after the other. */
async function peakRssKb(contender: string, url: string, requests: readonly { prompt: string; concurrency: number; image?: string }[]): Promise<number> {
  const maxConcurrency = Math.max(...requests.map((request) => request.concurrency));
  return withSession({ contender, url, maxConcurrency }, async (session) => {
    for (const request of requests) await session.ask(request);
    return (await session.end()).maxRssKb;
  });
}

/** Every contender's peak RSS with one and with many streams at once, after one answer to warm up. */
export async function measureRss(url: string, plan: BenchPlan, log: (text: string) => void): Promise<BenchResults['rss']> {
  const prompt = promptFor(1000);
  const rss: BenchResults['rss'] = [];
  for (const { name } of contenders) {
    for (const concurrency of plan.rssConcurrency) {
      log(`${name}: peak RSS with ${concurrency} streams at once`);
      rss.push({ contender: name, concurrency, maxRssKb: await peakRssKb(name, url, [{ prompt, concurrency: 1 }, { prompt, concurrency }]) });
    }
  }
  return rss;
}

/** g4f-ts's peak RSS sending a big noise image against a tiny one, each in a fresh process. */
export async function measureUpload(url: string, plan: BenchPlan, log: (text: string) => void): Promise<BenchResults['upload']> {
  log(`uploading a ${plan.uploadBytes / 1e6} MB image`);
  const bigImage = join(tmpdir(), 'g4f-bench-noise.bmp');
  const imageBytes = await writeNoiseBmp(bigImage, plan.uploadBytes);
  const tinyImage = join(repoRoot(), 'fixtures/images/red-4x3.png');
  // One upload without warm-up: the peak is that one upload's, not two.
  const upload = (image: string) => peakRssKb('g4f-ts queue', url, [{ prompt: 'hi', concurrency: 1, image }]);
  return { imageBytes, tinyRssKb: await upload(tinyImage), bigRssKb: await upload(bigImage) };
}
