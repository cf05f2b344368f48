/** Runs one contender in its own process: one request a stdin line, one JSON reply a stdout line. */
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { AskReply, AskRequest, ChildSpec, EndReply } from './child-protocol.js';
import { contenderNamed } from './contenders/index.js';

const spec = JSON.parse(process.argv[2] ?? '{}') as ChildSpec;
const make = contenderNamed(spec.contender).make;
if (make === undefined) throw new Error(`${spec.contender} is not a Node contender`);
const contender = make();
await contender.prepare(spec.url);

for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line) as AskRequest;
  const cpu = process.cpuUsage();
  const answers = await Promise.all(Array.from({ length: request.concurrency }, () => contender.ask(request.prompt, request.image)));
  const used = process.cpuUsage(cpu);
  const [first] = answers;
  if (first === undefined) throw new Error('no answer');
  const reply: AskReply = {
    ttfdMs: first.ttfdMs,
    totalMs: Math.max(...answers.map((answer) => answer.totalMs)),
    cpuMs: (used.user + used.system) / 1000,
    answers: answers.map(({ text }) => ({ length: text.length, sha256: createHash('sha256').update(text).digest('hex') })),
  };
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
const end: EndReply = { maxRssKb: process.resourceUsage().maxRSS };
process.stdout.write(`${JSON.stringify(end)}\n`);
process.exit(0);
