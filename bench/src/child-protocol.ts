// A child process runs one contender; the bench drives it one request a line on its stdin, and
// it answers one JSON line a request on its stdout (bench/src/child.ts, bench/python/child.py).

/** What a child is started with (its only argument, as JSON). */
export interface ChildSpec {
  contender: string;
  url: string;
  /** The most answers it will be asked at once (gradio_client sizes its thread pool by it). */
  maxConcurrency: number;
}

/** One request: ask `concurrency` answers at once and time them. */
export interface AskRequest {
  prompt: string;
  concurrency: number;
  /** An image file to send with each question. */
  image?: string | undefined;
}

/** One answer's identity, to check that every contender gave the same. */
export interface AnswerId {
  length: number;
  sha256: string;
}

/** What a child measured for one request. */
export interface AskReply {
  /** Milliseconds from the call to the first answer's first non-empty text. */
  ttfdMs: number;
  /** Milliseconds from the call to the end of the last answer. */
  totalMs: number;
  /** Client CPU (user + system) spent on the request, every answer together. */
  cpuMs: number;
  answers: AnswerId[];
}

/** What a child prints when its stdin closes, before it exits. */
export interface EndReply {
  maxRssKb: number;
}
