import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '@g4f/local-space';
import { median } from './stats.js';

/** Wall-clock milliseconds of a command, median of `runs` fresh runs. */
export function timeCommand(args: readonly string[], runs: number, cwd: string): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd, stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}`);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Cold starts: Node alone, importing the provider package, and `g4f --help`. */
export function measureColdStart(runs: number): { nodeMs: number; importMs: number; helpMs: number } {
  const bench = join(repoRoot(), 'bench');
  return {
    nodeMs: timeCommand(['-e', ''], runs, bench),
    importMs: timeCommand(['--input-type=module', '-e', "await import('@g4f/provider-hf-space')"], runs, bench),
    helpMs: timeCommand([join(repoRoot(), 'packages/cli/dist/main.js'), '--help'], runs, bench),
  };
}
