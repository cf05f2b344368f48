import { execFile, spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { packPublicPackages, removePacked, type PackedPackage } from '../src/pack-public-packages.js';

const run = promisify(execFile);
const qvq = localSpaceUrl('qvq');
const image = fileURLToPath(new URL('../../fixtures/images/green-640x480.jpg', import.meta.url));
const consumerScripts = fileURLToPath(new URL('../consumer/', import.meta.url));
const imageAnswer = 'The image is a JPEG of 640x480 pixels. What is in this image?';

// npm, not pnpm, and without the npm_* settings pnpm passes to the scripts it runs: as a user installs.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_')));
let project = '';
let packed: PackedPackage[] = [];

/** Runs `node SCRIPT args` in the consumer project and gives what it printed. */
async function runScript(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [script, ...args], { cwd: project, env: userEnv });
  return stdout;
}

beforeAll(async () => {
  packed = await packPublicPackages();
  project = await mkdtemp(join(tmpdir(), 'g4f-consumer-'));
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'g4f-consumer', private: true, type: 'module' }));
  // One install of every tarball together, so each sibling dependency is met by its tarball.
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed.map(({ tarball }) => tarball)], { cwd: project, env: userEnv });
  for (const script of await readdir(consumerScripts)) await copyFile(join(consumerScripts, script), join(project, script));
});

afterAll(async () => {
  await removePacked(packed);
  if (project !== '') await rm(project, { recursive: true, force: true });
});

describe('the packages installed with npm from their tarballs into a project outside the workspace', () => {
  it('install one copy of @g4f/core, shared by every package, so registrations reach every surface', async () => {
    const { stdout } = await run('npm', ['ls', '@g4f/core', '--all', '--parseable'], { cwd: project, env: userEnv });
    expect(new Set(stdout.trim().split('\n').filter((line) => line.includes('@g4f/core')))).toEqual(new Set([join(project, 'node_modules/@g4f/core')]));
  });

  it('load every entry point of every public package (or lack only an optional peer)', async () => {
    const described = packed.map(({ name, manifest }) => ({
      name,
      entries: Object.keys((manifest.exports as Record<string, unknown> | undefined) ?? { '.': '' }),
      optionalPeers: Object.keys((manifest.peerDependenciesMeta as Record<string, unknown> | undefined) ?? {}),
    }));
    const results = JSON.parse(await runScript('import-every-entry.mjs', JSON.stringify(described))) as { specifier: string; loaded: boolean; missingPeer?: string; error?: string }[];
    expect(results.filter(({ loaded, missingPeer }) => !loaded && missingPeer === undefined)).toEqual([]);
    expect(results.map(({ specifier }) => specifier)).toEqual(expect.arrayContaining(packed.map(({ name }) => name)));
  });

  it('give the installed g4f command, whose --version is the CLI package\'s', async () => {
    const cli = packed.find(({ name }) => name === '@g4f/cli');
    const { stdout } = await run('npx', ['--no-install', 'g4f', '--version'], { cwd: project, env: userEnv });
    expect(stdout.trim()).toBe(cli?.manifest.version);
  });
});

describe.skipIf(qvq === undefined)('what the README and docs/usage.md show, run in that project against a local QVQ Space', () => {
  const space = qvq ?? '';

  it('the Qwen_QVQ_72B loop streams the answer about the image', async () => {
    expect(await runScript('qvq-loop.mjs', space, image)).toBe(imageAnswer);
  });

  it('resolveModel and getProvider find the registered Space by alias and by name, and a copy registered again answers', async () => {
    const result = JSON.parse(await runScript('by-name.mjs', space)) as Record<string, string>;
    expect(result).toEqual({ provider: 'Qwen_QVQ_72B', model: 'qwen-qvq-72b-preview', byProviderName: 'Qwen_QVQ_72B', answer: 'Hello by name' });
  });

  it('the OpenAI-shaped client answers a chat completion with an image', async () => {
    expect(await runScript('client.mjs', space, image)).toBe(`${imageAnswer}\n`);
  });

  it('the AI SDK model generates the answer', async () => {
    expect(await runScript('ai-sdk.mjs', space)).toBe('Hello from the AI SDK\n');
  });

  it('npx g4f chat streams the answer about the image to stdout', async () => {
    const { stdout } = await run('npx', ['--no-install', 'g4f', 'chat', '-m', 'qvq-72b', '--base-url', space, '--image', image, 'What is in this image?'], { cwd: project, env: userEnv });
    expect(stdout).toBe(`${imageAnswer}\n`);
  });

  it('npx g4f serve answers /v1/models and a chat completion', async () => {
    const server = spawn('npx', ['--no-install', 'g4f', 'serve', '--port', '0', '--base-url', space, '--log-format', 'json'], { cwd: project, env: userEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    try {
      const base = await new Promise<string>((resolve, reject) => {
        let log = '';
        const read = (chunk: Buffer) => {
          log += chunk.toString();
          const url = /"url":"(http:[^"]+)"/.exec(log)?.[1];
          if (url !== undefined) resolve(url);
        };
        server.stdout.on('data', read);
        server.stderr.on('data', read);
        server.on('exit', (code) => {
          reject(new Error(`g4f serve exited (${String(code)}) before listening:\n${log}`));
        });
      });
      const models = (await (await fetch(`${base}/models`)).json()) as { data: { id: string }[] };
      expect(models.data.map(({ id }) => id)).toContain('qwen-qvq-72b-preview');
      const response = await fetch(`${base}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content: 'Hello over HTTP' }] }),
      });
      const completion = (await response.json()) as { choices: { message: { content: string } }[] };
      expect(response.status).toBe(200);
      expect(completion.choices[0]?.message.content).toBe('Hello over HTTP');
    } finally {
      // npx runs g4f as its child: end the whole process group this test started.
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    }
  });
});
