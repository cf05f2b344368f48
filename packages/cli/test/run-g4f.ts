import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** What a run of the `g4f` command gave. */
export interface G4fRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** How many separate writes reached stdout (more than one means it streamed). */
  stdoutWrites: number;
}

/** How to run `g4f`: extra environment, and what to pipe into its stdin (default: nothing). */
export interface G4fRunOptions {
  env?: Record<string, string>;
  stdin?: string;
}

function builtBin(): string {
  if (!existsSync(bin)) throw new Error(`no built CLI at ${bin}: run "pnpm build" first`);
  return bin;
}

async function collect(command: string, args: readonly string[], { env = {}, stdin }: G4fRunOptions): Promise<G4fRun> {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  // No stdin at all is an empty one that ends at once, as with `< /dev/null`.
  child.stdin.end(stdin);
  const run: G4fRun = { code: null, stdout: '', stderr: '', stdoutWrites: 0 };
  child.stdout.on('data', (chunk: Buffer) => {
    run.stdout += chunk.toString();
    run.stdoutWrites++;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    run.stderr += chunk.toString();
  });
  run.code = await new Promise((resolve) => child.on('close', resolve));
  return run;
}

/** Runs the built `g4f` command as a child process, as a user would, with its output into pipes. */
export async function runG4f(args: readonly string[], options: G4fRunOptions = {}): Promise<G4fRun> {
  return collect(process.execPath, [builtBin(), ...args], options);
}

const shellQuote = (word: string): string => `'${word.replaceAll("'", `'\\''`)}'`;

/**
 * Runs the built `g4f` command on a terminal (a pseudo-terminal from util-linux's `script`), as a
 * user at a terminal sees it: stdout and stderr arrive together in `stdout`, line ends as `\n`.
 */
export async function runG4fOnTerminal(args: readonly string[], options: G4fRunOptions = {}): Promise<G4fRun> {
  const commandLine = [process.execPath, builtBin(), ...args].map(shellQuote).join(' ');
  const run = await collect('script', ['--quiet', '--return', '--command', commandLine, '/dev/null'], options);
  return { ...run, stdout: run.stdout.replaceAll('\r\n', '\n') };
}
