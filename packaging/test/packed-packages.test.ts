import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPackages } from '../../scripts/public-packages.mjs';
import { packPublicPackages, removePacked, type PackedPackage } from '../src/pack-public-packages.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const rootManifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { license: string; repository: { url: string }; engines: { node: string } };

/** What `cmd` printed and how it ended, for an assertion that shows the tool's own report. */
async function runTool(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(cmd, args, { cwd: root, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const names = publicPackages().map(({ name }) => name);
let packed: PackedPackage[] = [];
const packedNamed = (name: string): PackedPackage => {
  const pkg = packed.find((candidate) => candidate.name === name);
  if (pkg === undefined) throw new Error(`${name} was not packed`);
  return pkg;
};

beforeAll(async () => {
  packed = await packPublicPackages();
});

afterAll(async () => {
  await removePacked(packed);
});

describe('the public packages', () => {
  it('are the workspace packages not marked private, the packages a user installs', () => {
    expect(names).toEqual(expect.arrayContaining(['@g4f/core', '@g4f/provider-hf-space', '@g4f/client', '@g4f/server', '@g4f/cli', '@g4f/ai-sdk']));
    expect(names).not.toEqual(expect.arrayContaining(['@g4f/local-space']));
  });
});

describe.each(names)('%s, packed as the registry gets it', (name) => {
  it('passes publint --strict: every export, bin and file it names is in the tarball', async () => {
    const result = await runTool('pnpm', ['exec', 'publint', 'run', packedNamed(name).tarball, '--strict']);
    expect(result.output).toContain('All good!');
    expect(result.code).toBe(0);
  });

  it('has types that resolve for ESM in Node and for bundlers (@arethetypeswrong/cli, esm-only profile)', async () => {
    const result = await runTool('pnpm', ['exec', 'attw', packedNamed(name).tarball, '--profile', 'esm-only', '--format', 'ascii']);
    // CommonJS (node10, require) is out of scope for ESM-only packages: the profile ignores it.
    expect(result.output).toMatch(/node16 \(from ESM\): 🟢/);
    expect(result.output).toMatch(/bundler: 🟢/);
    expect(result.code).toBe(0);
  });

  it('ships its README, the LICENSE and the build, not its sources or tests', async () => {
    const { stdout } = await run('tar', ['-tzf', packedNamed(name).tarball]);
    const files = stdout.trim().split('\n').map((file) => file.replace(/^package\//, ''));
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']));
    expect(files.filter((file) => file.startsWith('src/') || file.startsWith('test/'))).toEqual([]);
  });

  it('depends on its sibling packages by version, not by workspace:', async () => {
    const { stdout } = await run('tar', ['-xzOf', packedNamed(name).tarball, 'package/package.json']);
    const manifest = JSON.parse(stdout) as Record<string, Record<string, string> | undefined>;
    const ranges = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) => Object.values(manifest[field] ?? {}));
    expect(ranges.filter((range) => range.startsWith('workspace:'))).toEqual([]);
  });

  it('says what it is, where it comes from, its licence, its Node and whether importing it does something', () => {
    const { dir, manifest } = packedNamed(name);
    expect(manifest).toMatchObject({
      license: rootManifest.license,
      repository: { type: 'git', url: rootManifest.repository.url, directory: relative(root, dir) },
      engines: { node: rootManifest.engines.node },
      publishConfig: { access: 'public' },
    });
    expect(manifest.description).toMatch(/\w/);
    expect(manifest.keywords).toContain('g4f');
    // Declared either way on purpose, so that bundlers neither drop registrations nor keep dead code.
    expect(manifest.sideEffects === true || manifest.sideEffects === false || Array.isArray(manifest.sideEffects)).toBe(true);
  });
});
