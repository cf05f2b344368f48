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

/** The Python of the project's virtualenv for a Gradio major version (`.venv`, `.venv-gradio4`). */
export function venvPython(gradio: 4 | 5 = 5): string {
  return join(repoRoot(), gradio === 5 ? '.venv' : '.venv-gradio4', 'bin', 'python');
}
