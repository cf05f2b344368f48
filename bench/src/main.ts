/**
 * `pnpm bench`: every contender against one local QVQ-shaped Gradio Space, side by side; writes
 * docs/benchmarks.md's results and bench/results/latest.json. `--smoke` (CI) runs every cell once,
 * short, writes nothing, and fails unless every contender gave the same answer.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot, startLocalSpace } from '@g4f/local-space';
import { fullPlan, smokePlan } from './bench-plan.js';
import type { BenchResults } from './bench-results.js';
import { measureColdStart } from './cold-start.js';
import { measureAnswers } from './measure-answers.js';
import { measureBytes } from './measure-bytes.js';
import { measureRss, measureUpload } from './measure-memory.js';
import { renderReport } from './report.js';
import { differingAnswers } from './same-answers.js';

const plan = process.argv.includes('--smoke') ? smokePlan : fullPlan(process.env);
const started = performance.now();
const log = (text: string) => {
  const seconds = Math.round((performance.now() - started) / 1000);
  process.stderr.write(`[${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}] ${text}\n`);
};
// Other work on the machine shows in the timings: the report says how busy it was.
const loadAtStart = loadavg()[0] ?? Number.NaN;

const space = await startLocalSpace({ app: 'qvq', env: { SPACE_TOKEN_DELAY: String(plan.tokenDelay) } });
let results: BenchResults;
try {
  const { warmUps, cells } = await measureAnswers(space.url, plan, log);
  const bytes = await measureBytes(space.url, plan, log);
  const rss = await measureRss(space.url, plan, log);
  const upload = await measureUpload(space.url, plan, log);
  log('cold start');
  results = {
    date: new Date().toISOString().slice(0, 10),
    plan,
    setup: { cpus: cpus().length, node: process.version, chunkChars: 16, load: [loadAtStart, loadavg()[0] ?? Number.NaN] },
    warmUps,
    cells,
    bytes,
    rss,
    upload,
    coldStart: measureColdStart(plan.coldStartRuns),
  };
} finally {
  await space.stop();
}

const markdown = renderReport(results);
process.stdout.write(markdown);
if (plan.smoke) {
  const differing = differingAnswers(results);
  if (differing.length > 0) {
    log(`bench smoke: these contenders' answers differ from g4f-ts's: ${differing.join('; ')}`);
    process.exitCode = 1;
  } else {
    log(`bench smoke: all ${new Set(results.cells.map((cell) => cell.contender)).size} contenders gave the same answers`);
  }
} else {
  const root = repoRoot();
  await mkdir(join(root, 'bench/results'), { recursive: true });
  await writeFile(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const docPath = join(root, 'docs/benchmarks.md');
  const doc = await readFile(docPath, 'utf8');
  await writeFile(docPath, doc.replace(/(<!-- results:start -->\n)[\s\S]*(<!-- results:end -->)/, `$1${markdown}$2`));
}
