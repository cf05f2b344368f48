import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot, venvPython } from '@g4f/local-space';
import type { ChildResult, ChildSpec } from './child-spec.js';
import { pythonContenders } from './contenders/index.js';

const childTimeoutMs = Number(process.env.BENCH_CHILD_TIMEOUT_MS ?? 180_000);
const nodeChild = fileURLToPath(new URL('./child.js', import.meta.url));

/** Runs one measurement in a fresh process; `onReady` runs when it waits for the go (byte counting). */
export async function runChild(spec: ChildSpec, onReady?: () => void): Promise<ChildResult> {
  const python = (pythonContenders as readonly string[]).includes(spec.contender);
  const [command, args] = python
    ? [venvPython(5), [join(repoRoot(), 'bench/python/child.py'), JSON.stringify(spec)]]
    : [process.execPath, [nodeChild, JSON.stringify(spec)]];
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (spec.waitForGo === true && /^ready$/m.test(stderr) && !child.stdin.writableEnded) {
      onReady?.();
      child.stdin.end('go\n');
    }
  });
  // A client that hangs (gradio_client did, with more jobs than threads) fails the run, with its output.
  const timer = setTimeout(() => child.kill('SIGKILL'), childTimeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${spec.contender} failed (exit ${code ?? 'killed after ' + String(childTimeoutMs) + ' ms'}):\n${stderr.slice(-2000)}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ChildResult;
}
