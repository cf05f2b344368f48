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

/** The Gradio majors the local Spaces run on, each in its own virtualenv. */
export type GradioMajor = 4 | 5 | 6;

/** The Python of the project's virtualenv for a Gradio major version (`.venv`, `.venv-gradio4`, `.venv-gradio6`). */
export function venvPython(gradio: GradioMajor = 5): string {
  return join(repoRoot(), gradio === 5 ? '.venv' : `.venv-gradio${gradio}`, 'bin', 'python');
}

/** The Python of the virtualenv with g4f (`.venv-g4f`), whose providers witness the real Spaces' APIs. */
export function g4fPython(): string {
  return join(repoRoot(), '.venv-g4f', 'bin', 'python');
}

/** The Python of the virtualenv with OpenAI's official Python client (`.venv-openai`), a test driver of the server. */
export function openaiPython(): string {
  return join(repoRoot(), '.venv-openai', 'bin', 'python');
}
