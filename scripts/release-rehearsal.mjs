// A release without publishing: in a temporary copy of the workspace (its files and the public
// packages' builds), `changeset version` applies the pending changesets, then `pnpm publish
// --recursive --dry-run` packs what the registry would get. The workspace itself is not touched.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { publicPackages } from './public-packages.mjs';

const root = new URL('..', import.meta.url).pathname;

/** Copies the workspace's files (tracked and new, not ignored) and the public packages' dist/ into a temporary folder. */
function copyWorkspace() {
  const copy = mkdtempSync(join(tmpdir(), 'g4f-release-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) if (existsSync(join(root, file))) cpSync(join(root, file), join(copy, file), { recursive: true, verbatimSymlinks: true });
  for (const { dir } of publicPackages()) cpSync(join(dir, 'dist'), join(copy, relative(root, dir), 'dist'), { recursive: true });
  // pnpm publish resolves workspace: ranges from the installed links; the store has every package.
  execFileSync('pnpm', ['install', '--offline', '--frozen-lockfile', '--ignore-scripts'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
  return copy;
}

/**
 * Versions and dry-run publishes a copy of the workspace. Gives each public package's version
 * before and after, its dependencies and CHANGELOG.md, and the `name@version`s `pnpm publish` packed.
 */
export function rehearseRelease() {
  const copy = copyWorkspace();
  try {
    const before = Object.fromEntries(publicPackages().map(({ name, manifest }) => [name, manifest.version]));
    execFileSync('pnpm', ['exec', 'changeset', 'version'], { cwd: copy, stdio: ['ignore', 'pipe', 'pipe'] });
    const packages = publicPackages().map(({ name, dir }) => {
      const versioned = join(copy, relative(root, dir));
      const manifest = JSON.parse(readFileSync(join(versioned, 'package.json'), 'utf8'));
      const changelog = join(versioned, 'CHANGELOG.md');
      return { name, from: before[name], to: manifest.version, dependencies: manifest.dependencies ?? {}, changelog: existsSync(changelog) ? readFileSync(changelog, 'utf8') : '' };
    });
    // pnpm says each package it would publish as "+ name@version".
    const output = execFileSync('pnpm', ['publish', '--recursive', '--dry-run', '--no-git-checks'], { cwd: copy, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const published = [...output.matchAll(/^\+ (\S+)$/gm)].map((match) => match[1]).sort();
    return { packages, published };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

// `node scripts/release-rehearsal.mjs` prints what a release would do.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { packages, published } = rehearseRelease();
  for (const { name, from, to } of packages) console.log(`${name}: ${from} -> ${to}`);
  console.log(`pnpm publish --dry-run packed: ${published.join(', ')}`);
}
