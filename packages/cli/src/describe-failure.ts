import { errorKind, redactSecrets, type ErrorKind } from '@g4f/core';
import { ExitCode } from './exit-codes.js';

const CODES: Record<ErrorKind, number> = {
  'invalid-request': ExitCode.usage,
  'not-found': ExitCode.usage,
  auth: ExitCode.auth,
  quota: ExitCode.quota,
  timeout: ExitCode.upstream,
  aborted: ExitCode.interrupted,
  upstream: ExitCode.upstream,
  unexpected: ExitCode.unexpected,
};

/** The exit code and one-line message for an error. */
export function describeFailure(error: unknown): { code: number; message: string } {
  // One line: a list after a colon joins it, other line breaks become '; '.
  const text = error instanceof Error ? error.message : String(error);
  const message = redactSecrets(text.replace(/:\s*\n\s*/g, ': ').replace(/\s*\n\s*/g, '; '));
  return { code: CODES[errorKind(error)], message };
}
