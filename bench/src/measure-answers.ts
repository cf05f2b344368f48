import { promptFor, type BenchPlan } from './bench-plan.js';
import type { BenchResults, Cell } from './bench-results.js';
import { ChildSession } from './child-session.js';
import { contenders } from './contenders/index.js';
import { warmUp, type WarmUp } from './warm-up.js';

/**
 * Times every contender's answers, each in a process of its own: it warms up on the longest
 * answer until its CPU per answer is steady, then answers each length `reps` times and, if it is
 * in the concurrent cell, answers many at once.
 */
export async function measureAnswers(url: string, plan: BenchPlan, log: (text: string) => void): Promise<Pick<BenchResults, 'warmUps' | 'cells'>> {
  const longest = Math.max(...plan.lengths);
  const sessions = new Map(contenders.map(({ name }) => [name, ChildSession.start({ contender: name, url, maxConcurrency: plan.concurrency })]));
  const session = (name: string) => {
    const found = sessions.get(name);
    if (found === undefined) throw new Error(`no session for ${name}`);
    return found;
  };
  try {
    const warmUps: WarmUp[] = [];
    for (const name of sessions.keys()) {
      log(`${name}: warming up`);
      warmUps.push(await warmUp(name, session(name), { prompt: promptFor(longest), concurrency: 1 }, plan.warmUp));
    }
    const cells: Cell[] = [];
    // Round-robin over the contenders, one run each in turn, so a change in the machine's load
    // while the cell runs falls on every contender alike.
    const measureCell = async (names: readonly string[], length: number, concurrency: number, reps: number) => {
      const row = names.map((contender): Cell => ({ contender, length, concurrency, runs: [], answers: [] }));
      for (let rep = 0; rep < reps; rep++) {
        for (const cell of row) {
          const { answers, ...run } = await session(cell.contender).ask({ prompt: promptFor(length), concurrency });
          cell.runs.push(run);
          for (const answer of answers) if (!cell.answers.some((seen) => seen.sha256 === answer.sha256)) cell.answers.push(answer);
        }
      }
      cells.push(...row);
    };
    for (const length of plan.lengths) {
      log(`${length} characters, ${plan.reps} runs round the contenders`);
      await measureCell([...sessions.keys()], length, 1, plan.reps);
    }
    log(`${plan.concurrency} answers of ${longest} characters at once, ${plan.concurrentReps} runs round the contenders`);
    await measureCell(plan.concurrentContenders, longest, plan.concurrency, plan.concurrentReps);
    return { warmUps, cells };
  } finally {
    await Promise.allSettled([...sessions.values()].map((each) => each.end()));
  }
}
