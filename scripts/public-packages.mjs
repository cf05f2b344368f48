// The packages this workspace publishes: every workspace package that is not `"private": true`.
// The `private` field of each package.json is the one place that says what is published; the
// package checks, the consumer test, the API reference and the release all ask this list, so a
// new public package is covered without being named anywhere else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Every public workspace package: its name, its folder and its package.json. */
export function publicPackages() {
  const listed = JSON.parse(execFileSync('pnpm', ['ls', '--recursive', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }));
  return listed
    .map(({ path }) => ({ dir: path, manifest: JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => manifest.private !== true)
    .map(({ dir, manifest }) => ({ name: manifest.name, dir, manifest }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// `node scripts/public-packages.mjs` prints the names, one a line.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const { name } of publicPackages()) console.log(name);
}
