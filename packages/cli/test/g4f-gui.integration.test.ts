import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventually } from '@g4f/local-space/testing';

const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Starts `g4f gui` with this environment (no display unless given) and resolves with it and the URL it printed. */
async function startGui(args: string[], env: Record<string, string>): Promise<{ child: ChildProcessWithoutNullStreams; url: string; stderr: () => string }> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DISPLAY', 'WAYLAND_DISPLAY', 'BROWSER'].includes(name)));
  const child = spawn(process.execPath, [bin, 'gui', '--port', '0', '--log-level', 'silent', ...args], { env: { ...inherited, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const found = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(stdout)?.[1];
      if (found !== undefined) resolve(found);
    });
    child.on('exit', () => {
      reject(new Error(stderr));
    });
  });
  return { child, url, stderr: () => stderr };
}

async function stop(child: ChildProcessWithoutNullStreams): Promise<unknown> {
  child.kill('SIGTERM');
  return new Promise((resolve) => child.on('close', resolve));
}

describe('g4f gui', () => {
  it('prints the chat page\'s URL and opens it with $BROWSER', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'g4f-gui-'));
    const browser = join(dir, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\necho "$1" > "${join(dir, 'opened')}"\n`);
    chmodSync(browser, 0o755);
    const { child, url } = await startGui([], { BROWSER: browser });
    try {
      expect(await eventually(async () => existsSync(join(dir, 'opened')))).toBe(true);
      expect(readFileSync(join(dir, 'opened'), 'utf8').trim()).toBe(url);
      const page = await fetch(url);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain('<title>g4f chat</title>');
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('keeps serving, and says so, where there is no display and no $BROWSER', async () => {
    const { child, url, stderr } = await startGui([], {});
    try {
      expect(await eventually(async () => stderr().includes('not opening a browser: there is no display here'))).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      expect(await stop(child)).toBe(0);
    }
  });

  it('opens nothing with --no-open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'g4f-gui-'));
    const { child, url, stderr } = await startGui(['--no-open'], { BROWSER: `touch ${join(dir, 'opened')}` });
    try {
      expect((await fetch(url)).status).toBe(200);
      expect(stderr()).not.toContain('not opening');
    } finally {
      expect(await stop(child)).toBe(0);
    }
    expect(existsSync(join(dir, 'opened'))).toBe(false);
  });
});
