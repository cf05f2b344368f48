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

/** Runs the built `g4f` command as a child process, as a user would. */
export async function runG4f(args: readonly string[], env: Record<string, string> = {}): Promise<G4fRun> {
  if (!existsSync(bin)) throw new Error(`no built CLI at ${bin}: run "pnpm build" first`);
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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
