import type { ChildResult } from './child-spec.js';

/** One contender's answers of one length. */
export interface LengthResult {
  contender: string;
  length: number;
  timing: ChildResult;
  /** Bytes the Space sent for one answer, counted on the wire. */
  bytes: number;
}

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  date: string;
  setup: { cpus: number; node: string; reps: number; tokenDelay: number; chunkChars: number };
  lengths: LengthResult[];
  rss: { contender: string; concurrency: number; maxRssKb: number }[];
  upload: { imageBytes: number; tinyRssKb: number; bigRssKb: number };
  coldStart: { nodeMs: number; importMs: number; helpMs: number };
}
