import type { BenchPlan } from './bench-plan.js';
import type { AnswerId } from './child-protocol.js';
import { median } from './stats.js';
import type { WarmUp } from './warm-up.js';

/** One timed run: one answer, or a cell's answers asked at once. */
export interface Run {
  ttfdMs: number;
  totalMs: number;
  cpuMs: number;
}

/** One contender's timed runs of one length, each of `concurrency` answers at once. */
export interface Cell {
  contender: string;
  length: number;
  concurrency: number;
  runs: Run[];
  /** The distinct answers given: one entry when every answer was the same. */
  answers: AnswerId[];
}

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  date: string;
  plan: BenchPlan;
  /** `load`: the machine's 1-minute load average when the run started and when it ended. */
  setup: { cpus: number; node: string; chunkChars: number; load: [number, number] };
  warmUps: WarmUp[];
  cells: Cell[];
  /** Bytes the Space sent for one answer, counted on the wire. */
  bytes: { contender: string; length: number; bytes: number }[];
  rss: { contender: string; concurrency: number; maxRssKb: number }[];
  upload: { imageBytes: number; tinyRssKb: number; bigRssKb: number };
  coldStart: { nodeMs: number; importMs: number; helpMs: number };
}

/** The cell of `contender` at `length`, one answer at a time unless `concurrency` says otherwise. */
export function cellOf(results: BenchResults, contender: string, length: number, concurrency = 1): Cell | undefined {
  return results.cells.find((cell) => cell.contender === contender && cell.length === length && cell.concurrency === concurrency);
}

/** The median of one measure over a cell's runs (NaN for a missing cell). */
export function medianOf(cell: Cell | undefined, measure: keyof Run): number {
  return median(cell?.runs.map((run) => run[measure]) ?? []);
}
