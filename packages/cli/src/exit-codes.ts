/** The exit codes of `g4f`, so that scripts can tell failures apart. */
export const ExitCode = {
  ok: 0,
  /** Something unexpected; a bug worth reporting. */
  unexpected: 1,
  /** Bad usage or input: unknown model or provider, unreadable image, wrong option. */
  usage: 2,
  /** The Space refused the token (set a valid HF_TOKEN). */
  auth: 3,
  /** GPU quota or rate limit; the message says when to try again. */
  quota: 4,
  /** The Space could not be reached, failed, or timed out. */
  upstream: 5,
  /** Interrupted with Ctrl-C. */
  interrupted: 130,
} as const;
