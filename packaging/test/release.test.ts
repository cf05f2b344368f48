import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { publicPackages } from '../../scripts/public-packages.mjs';
import { rehearseRelease, type RehearsedPackage } from '../../scripts/release-rehearsal.mjs';

const changesetDir = new URL('../../.changeset/', import.meta.url);

/** The pending changesets: for each, the packages it bumps and its text for the changelogs. */
const pending = readdirSync(changesetDir)
  .filter((file) => file.endsWith('.md') && file !== 'README.md')
  .map((file) => {
    const [, frontmatter = '', summary = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(new URL(file, changesetDir), 'utf8')) ?? [];
    const bumps = [...frontmatter.matchAll(/^"([^"]+)":\s*(patch|minor|major)$/gm)].map(([, name = '', bump = '']) => ({ name, bump }));
    return { file, bumps, summary: summary.trim() };
  });

let rehearsal: { packages: RehearsedPackage[]; published: string[] } = { packages: [], published: [] };
const rehearsed = (name: string) => rehearsal.packages.find((pkg) => pkg.name === name);

beforeAll(() => {
  rehearsal = rehearseRelease();
});

describe('a release rehearsed in a copy of the workspace (changeset version, then pnpm publish --dry-run)', () => {
  it('has only well-formed changesets, each naming public packages', () => {
    const names = publicPackages().map(({ name }) => name);
    for (const { file, bumps, summary } of pending) {
      expect(bumps.length, `${file} names no package`).toBeGreaterThan(0);
      expect(names, file).toEqual(expect.arrayContaining(bumps.map(({ name }) => name)));
      expect(summary, `${file} says nothing for the changelog`).not.toBe('');
    }
  });

  it('raises the version of every package a changeset names and writes the changeset into its CHANGELOG.md', () => {
    for (const { bumps, summary } of pending) {
      for (const { name } of bumps) {
        const pkg = rehearsed(name);
        expect(pkg?.to, name).not.toBe(pkg?.from);
        expect(pkg?.changelog, name).toContain(`## ${pkg?.to ?? ''}`);
        expect(pkg?.changelog, name).toContain(summary.split('\n')[0]);
      }
    }
  });

  it('would publish public packages only, each at its new version', () => {
    const versions = new Map(rehearsal.packages.map(({ name, to }) => [name, to]));
    for (const published of rehearsal.published) {
      const [, name = '', version = ''] = /^(@?[^@]+)@(.+)$/.exec(published) ?? [];
      expect(versions.get(name), published).toBe(version);
    }
    const bumped = new Set(pending.flatMap(({ bumps }) => bumps.map(({ name }) => name)));
    expect(rehearsal.published).toEqual(expect.arrayContaining([...bumped].map((name) => `${name}@${versions.get(name) ?? ''}`)));
  });
});
