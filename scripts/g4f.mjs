// `pnpm g4f`: the CLI from its build; a fresh clone set up without the demo has none yet, so it is
// built first (once), its output kept off stdout, which belongs to the answer.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const main = new URL('../packages/cli/dist/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('g4f: building the CLI first (once; pnpm build rebuilds it)...\n');
  execFileSync('pnpm', ['--silent', '--filter', '@g4f/cli...', 'run', 'build'], { cwd: new URL('..', import.meta.url), stdio: ['ignore', process.stderr, 'inherit'] });
}
await import(main.href);
