/** Runs one contender in its own process and prints its measurements as JSON. */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { ChildResult, ChildSpec, RepResult } from './child-spec.js';
import { nodeContenders } from './contenders/index.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as ChildSpec;
const make = nodeContenders[spec.contender];
if (make === undefined) throw new Error(`unknown contender ${spec.contender}`);
const contender = make();
await contender.prepare(spec.url);
// One untimed answer first, so the JIT has compiled the hot paths: a long-running program
// asks many times, and the figures are about that steady state.
if (spec.warmUp !== undefined) await contender.ask(spec.warmUp, spec.image);
if (spec.waitForGo === true) {
  process.stderr.write('ready\n');
  await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
}

const runs: RepResult[] = [];
let text = '';
for (let rep = 0; rep < spec.reps; rep++) {
  const cpu = process.cpuUsage();
  const answers = await Promise.all(Array.from({ length: spec.concurrency }, () => contender.ask(spec.prompt, spec.image)));
  const used = process.cpuUsage(cpu);
  const [first] = answers;
  if (first === undefined) throw new Error('no answer');
  text = first.text;
  runs.push({ ttfdMs: first.ttfdMs, totalMs: Math.max(...answers.map((answer) => answer.totalMs)), cpuMs: (used.user + used.system) / 1000 });
}
const result: ChildResult = {
  runs,
  maxRssKb: process.resourceUsage().maxRSS,
  textLength: text.length,
  textSha256: createHash('sha256').update(text).digest('hex'),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
