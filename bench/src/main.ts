/** `pnpm bench`: every contender against one local QVQ-shaped Gradio Space, side by side. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startLocalSpace } from '@g4f/local-space';
import type { BenchResults, LengthResult } from './bench-results.js';
import { writeNoiseBmp } from './big-image.js';
import { startByteCountingProxy } from './byte-counting-proxy.js';
import { measureColdStart } from './cold-start.js';
import { nodeContenders, pythonContenders } from './contenders/index.js';
import { renderReport } from './report.js';
import { runChild } from './run-child.js';

const reps = Number(process.env.BENCH_REPS ?? 9);
const lengths = (process.env.BENCH_LENGTHS ?? '1000,10000,50000').split(',').map(Number);
const tokenDelay = Number(process.env.BENCH_TOKEN_DELAY ?? 0);
const contenders = [...Object.keys(nodeContenders), ...pythonContenders];
const log = (text: string) => process.stderr.write(`${text}\n`);

const space = await startLocalSpace({ app: 'qvq', env: { SPACE_TOKEN_DELAY: String(tokenDelay) } });
try {
  const results: LengthResult[] = [];
  // Every contender warms up on the longest answer: enough events for V8 to compile the hot paths.
  const warmUp = `trigger:length=${Math.max(...lengths)}`;
  for (const length of lengths) {
    const prompt = `trigger:length=${length}`;
    for (const contender of contenders) {
      log(`${contender}, ${length} characters`);
      const timing = await runChild({ contender, url: space.url, prompt, warmUp, reps, concurrency: 1 });
      const proxy = await startByteCountingProxy(space.url);
      await runChild({ contender, url: proxy.url, prompt, warmUp: prompt, reps: 1, concurrency: 1, waitForGo: true }, () => {
        proxy.reset();
      });
      results.push({ contender, length, timing, bytes: proxy.received() });
      await proxy.close();
    }
  }

  const rss: BenchResults['rss'] = [];
  const prompt = 'trigger:length=1000';
  for (const contender of contenders) {
    for (const concurrency of [1, 100]) {
      log(`${contender}, ${concurrency} streams at once`);
      const { maxRssKb } = await runChild({ contender, url: space.url, prompt, warmUp: prompt, reps: 1, concurrency });
      rss.push({ contender, concurrency, maxRssKb });
    }
  }

  log('uploading a 20 MB image');
  const bigImage = join(tmpdir(), 'g4f-bench-20mb.bmp');
  const imageBytes = await writeNoiseBmp(bigImage, 20_000_000);
  const tinyImage = join(repoRoot(), 'fixtures/images/red-4x3.png');
  // One upload in a fresh process, without warm-up: the peak is that one upload's, not two.
  const upload = async (image: string) =>
    (await runChild({ contender: 'g4f-ts queue', url: space.url, prompt: 'hi', reps: 1, concurrency: 1, image })).maxRssKb;
  const uploadResult = { imageBytes, tinyRssKb: await upload(tinyImage), bigRssKb: await upload(bigImage) };

  log('cold start');
  const report: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    setup: { cpus: cpus().length, node: process.version, reps, tokenDelay, chunkChars: 16 },
    lengths: results,
    rss,
    upload: uploadResult,
    coldStart: measureColdStart(10),
  };

  const root = repoRoot();
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results/latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  const docPath = join(root, 'docs/benchmarks.md');
  const doc = await readFile(docPath, 'utf8');
  const marked = /(<!-- results:start -->\n)[\s\S]*(<!-- results:end -->)/;
  const markdown = renderReport(report);
  await writeFile(docPath, doc.replace(marked, `$1${markdown}$2`));
  process.stdout.write(markdown);
} finally {
  await space.stop();
}
