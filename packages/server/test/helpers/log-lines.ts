import { Writable } from 'node:stream';

/** A place for the server's log lines that a test can read, as a machine reading the log would. */
export function logSink(): { destination: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    destination,
    lines: () => text.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>),
    text: () => text,
  };
}
