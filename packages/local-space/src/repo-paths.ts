import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root: the nearest folder above this file with `spaces/` and the workspace file. */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'pnpm-workspace.yaml')) || !existsSync(join(dir, 'spaces'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('local-space: cannot find the repository root (a folder with spaces/ and pnpm-workspace.yaml).');
    dir = parent;
  }
  return dir;
}

/** The Python of the project's Gradio virtualenv. */
export function venvPython(): string {
  return join(repoRoot(), '.venv', 'bin', 'python');
}
