/** What one child process measures. */
export interface ChildSpec {
  contender: string;
  url: string;
  prompt: string;
  /** Timed repetitions after the untimed preparation. */
  reps: number;
  /** Answers asked at once in each repetition. */
  concurrency: number;
  /** An image file to send with each question. */
  image?: string | undefined;
  /** A prompt to ask once, untimed, before the timed repetitions; none when absent. */
  warmUp?: string | undefined;
  /** After preparing, print "ready" on stderr and wait for a line on stdin (byte counting). */
  waitForGo?: boolean | undefined;
}

/** One timed repetition. */
export interface RepResult {
  ttfdMs: number;
  totalMs: number;
  /** Client CPU (user + system) spent in the repetition. */
  cpuMs: number;
}

/** What a child process reports. */
export interface ChildResult {
  runs: RepResult[];
  maxRssKb: number;
  textLength: number;
  textSha256: string;
}
