import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packagesDir = new URL('../../', import.meta.url).pathname;
type Exports = Record<string, Record<string, string>>;

const packages = readdirSync(packagesDir).flatMap((name) => {
  const file = join(packagesDir, name, 'package.json');
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name: string; exports?: Exports; sideEffects?: boolean | string[]; dependencies?: Record<string, string> };
  return [{ dir: join(packagesDir, name), manifest }];
});

describe('every package of the workspace', () => {
  it('with tests is a test project, so that `pnpm test` runs them (vitest does not find projects by itself)', async () => {
    // Imported by URL: the file is outside this package's sources.
    const { testProjects } = (await import(new URL('../../../vitest.workspace.ts', import.meta.url).href)) as { testProjects: string[] };
    const withTests = packages.filter(({ dir }) => existsSync(join(dir, 'test'))).map(({ dir }) => `packages/${dir.split('/').filter(Boolean).pop() ?? ''}`);
    expect(testProjects).toEqual(expect.arrayContaining(withTests));
  });

  it('exports only files that exist: its sources, and after the build its dist', () => {
    const missing = packages.flatMap(({ dir, manifest }) =>
      Object.entries(manifest.exports ?? {}).flatMap(([entry, conditions]) =>
        Object.values(conditions)
          .filter((target) => !existsSync(join(dir, target)))
          .map((target) => `${manifest.name} "${entry}" -> ${target}`),
      ),
    );
    expect(missing).toEqual([]);
  });

  it('names in sideEffects the files that must run on import (reflect-metadata before typedi and the registry)', () => {
    const core = packages.find(({ manifest }) => manifest.name === '@g4f/core');
    // The built registry is inside the bundles (scripts/bundle-package.mjs), hence all of dist/.
    expect(core?.manifest.sideEffects).toEqual(expect.arrayContaining(['./src/registry/typedi-container.ts', './src/registry/provider-registry.ts', './dist/*.js']));
    expect(readFileSync(join(core?.dir ?? '', 'src/registry/typedi-container.ts'), 'utf8')).toMatch(/require\('reflect-metadata'\);[\s\S]*require\('typedi'\)/);
  });

  it('lists as dependencies only packages its sources import', () => {
    const unused = packages.flatMap(({ dir, manifest }) => {
      const sources = readdirSync(join(dir, 'src'), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => readFileSync(join(dir, 'src', file), 'utf8'))
        .join('\n');
      return Object.keys(manifest.dependencies ?? {})
        .filter((name) => !sources.includes(`'${name}'`) && !sources.includes(`'${name}/`))
        .map((name) => `${manifest.name} -> ${name}`);
    });
    expect(unused).toEqual([]);
  });
});
