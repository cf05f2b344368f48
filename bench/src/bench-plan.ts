import { steadyRule, type WarmUpRule } from './warm-up.js';

/** What one run measures, and how often. */
export interface BenchPlan {
  /** A smoke run only checks that every contender gives the same answer; its timings mean nothing. */
  smoke: boolean;
  /** Answer lengths in characters; contenders warm up on the longest. */
  lengths: number[];
  /** Timed answers per contender and length. */
  reps: number;
  warmUp: WarmUpRule;
  /** The concurrent cell: this many answers of the longest length at once, in one process. */
  concurrency: number;
  /** Timed runs of the concurrent cell. */
  concurrentReps: number;
  /** Who runs in the concurrent cell: the contenders its targets compare. */
  concurrentContenders: string[];
  /** Streams at once in the peak-RSS cells. */
  rssConcurrency: number[];
  /** Size of the image of the upload cell. */
  uploadBytes: number;
  /** Fresh processes per cold-start figure. */
  coldStartRuns: number;
  /** Seconds the Space waits between chunks. */
  tokenDelay: number;
}

/** The prompt that makes the local Space stream an answer of exactly `length` characters. */
export const promptFor = (length: number): string => `trigger:length=${length}`;

const concurrentContenders = ['g4f-ts queue', 'g4f-ts call', 'raw node:http queue', 'raw node:http call', '@gradio/client'];

/** `pnpm bench`: the plan, with the knobs docs/benchmarks.md lists. */
export function fullPlan(env: NodeJS.ProcessEnv): BenchPlan {
  return {
    smoke: false,
    lengths: (env.BENCH_LENGTHS ?? '1000,10000,50000').split(',').map(Number),
    reps: Number(env.BENCH_REPS ?? 9),
    warmUp: steadyRule,
    concurrency: 20,
    // Each run of the concurrent cell is a million characters, about 20 s of the Space's time.
    concurrentReps: Number(env.BENCH_CONCURRENT_REPS ?? 3),
    concurrentContenders,
    rssConcurrency: [1, 100],
    uploadBytes: 20_000_000,
    coldStartRuns: 10,
    tokenDelay: Number(env.BENCH_TOKEN_DELAY ?? 0),
  };
}

/** `pnpm bench --smoke` (CI): every cell once, short, so the bench's code cannot rot unnoticed. */
export const smokePlan: BenchPlan = {
  smoke: true,
  lengths: [2000],
  reps: 1,
  warmUp: { ...steadyRule, max: 1 },
  concurrency: 20,
  concurrentReps: 1,
  concurrentContenders,
  // One stream at a time: gradio_client 1.5.2 can lose a job's last message when jobs start at
  // once (docs/benchmarks.md), and CI must not hang on it. The concurrent cell covers the rest.
  rssConcurrency: [1],
  uploadBytes: 2_000_000,
  coldStartRuns: 1,
  tokenDelay: 0,
};
