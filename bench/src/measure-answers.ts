import { promptFor, type BenchPlan } from './bench-plan.js';
import type { BenchResults, Cell } from './bench-results.js';
import { withSession, type ChildSession } from './child-session.js';
import { contenders } from './contenders/index.js';
import { warmUp, type WarmUp } from './warm-up.js';

/** Asks one request `reps` times in a row and keeps the runs and the distinct answers. */
async function measureCell(session: ChildSession, contender: string, length: number, concurrency: number, reps: number): Promise<Cell> {
  const cell: Cell = { contender, length, concurrency, runs: [], answers: [] };
  for (let rep = 0; rep < reps; rep++) {
    const { answers, ...run } = await session.ask({ prompt: promptFor(length), concurrency });
    cell.runs.push(run);
    for (const answer of answers) if (!cell.answers.some((seen) => seen.sha256 === answer.sha256)) cell.answers.push(answer);
  }
  return cell;
}

/**
 * Times every contender's answers, each in a process of its own: it warms up on the longest
 * answer until its CPU per answer is steady, then at once answers each length `reps` times and,
 * if it is in the concurrent cell, many at once. At once: a process left idle for a minute or
 * two after its warm-up was found to need warming up again.
 */
export async function measureAnswers(url: string, plan: BenchPlan, log: (text: string) => void): Promise<Pick<BenchResults, 'warmUps' | 'cells'>> {
  const longest = Math.max(...plan.lengths);
  const warmUps: WarmUp[] = [];
  const cells: Cell[] = [];
  for (const { name } of contenders) {
    await withSession({ contender: name, url, maxConcurrency: plan.concurrency }, async (session) => {
      log(`${name}: warming up on ${longest} characters`);
      warmUps.push(await warmUp(name, session, { prompt: promptFor(longest), concurrency: 1 }, plan.warmUp));
      for (const length of plan.lengths) {
        log(`${name}: ${plan.reps} answers of ${length} characters`);
        cells.push(await measureCell(session, name, length, 1, plan.reps));
      }
      if (plan.concurrentContenders.includes(name)) {
        log(`${name}: ${plan.concurrency} answers of ${longest} characters at once, ${plan.concurrentReps} times`);
        cells.push(await measureCell(session, name, longest, plan.concurrency, plan.concurrentReps));
      }
    });
  }
  return { warmUps, cells };
}
