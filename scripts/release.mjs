// Releases the public packages: builds, checks, then publishes what `changeset version` versioned.
//
//   pnpm release              build, check, `changeset publish` (needs npm credentials)
//   pnpm release --dry-run    build, check, then version and publish --dry-run in a temporary copy
//
// The checks are those a user relies on: the API reference check (every exported name
// documented) and the packaging tests (publint, attw, the packages installed with npm and run).
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { rehearseRelease } from './release-rehearsal.mjs';

const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } });
const root = new URL('..', import.meta.url).pathname;
const step = (command, ...args) => {
  console.log(`release: ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
};

step('pnpm', 'build');
step('pnpm', 'docs:check');
step('pnpm', 'exec', 'vitest', 'run', '--project', 'packaging');
if (values['dry-run']) {
  const { packages, published } = rehearseRelease();
  for (const { name, from, to } of packages) console.log(`release: ${name} ${from} -> ${to}`);
  console.log(`release: would publish ${published.join(', ') || 'nothing'} (dry run: nothing was published)`);
} else {
  step('pnpm', 'exec', 'changeset', 'publish');
}
