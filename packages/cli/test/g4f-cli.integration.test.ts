import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '@g4f/local-space';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { runG4f } from './run-g4f.js';

const qvq = localSpaceUrl('qvq');
const image = fileURLToPath(new URL('../../../fixtures/images/green-640x480.jpg', import.meta.url));

describe.skipIf(qvq === undefined)('g4f chat against the local QVQ Space', () => {
  const chat = (...args: string[]) => runG4f(['chat', '-m', 'qvq-72b', '--base-url', qvq ?? '', ...args]);

  it('streams the answer about an image to stdout, quietly when stdout is no terminal', async () => {
    const run = await chat('--image', image, 'trigger:slow', 'What', 'is', 'this?');
    expect(run).toMatchObject({ code: 0, stderr: '', stdout: 'The image is a JPEG of 640x480 pixels. trigger:slow What is this?\n' });
    expect(run.stdoutWrites).toBeGreaterThan(3);
  });

  it('reads a relative --image from the folder the user ran `pnpm g4f` in (INIT_CWD), not the package\'s', async () => {
    const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', qvq ?? '', '--image', 'images/green-640x480.jpg', 'What?'], { env: { INIT_CWD: dirname(dirname(image)) } });
    expect(run).toMatchObject({ code: 0, stdout: 'The image is a JPEG of 640x480 pixels. What?\n' });
  });

  it('prints one JSON line per part with --json', async () => {
    const run = await chat('--json', 'hi', 'there');
    const parts = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { type: string; text?: string });
    expect(parts[0]).toMatchObject({ type: 'provider-info', provider: 'Qwen_QVQ_72B' });
    expect(parts.map((part) => part.type)).toEqual(expect.arrayContaining(['progress', 'text-delta', 'finish']));
    expect(parts.filter((part) => part.type === 'text-delta').map((part) => part.text).join('')).toBe('hi there');
  });

  it('stops at --timeout, ending the partial answer with a line break, and exits 5 saying the limit', async () => {
    // Each word takes 0.2 s with trigger:slow, so twenty words cannot arrive within one second.
    const run = await chat('--timeout', '1000', 'trigger:slow', ...'a b c d e f g h i j k l m n o p q r s'.split(' '));
    expect(run.code).toBe(5);
    expect(run.stdout).toMatch(/^(trigger:slow[ a-s]*\n)?$/);
    expect(run.stderr).toBe('g4f: Qwen_QVQ_72B: the call took longer than 1000 ms; raise the timeout option or try later.\n');
  });

  it('exits 4 with one line saying when to retry a GPU quota error', async () => {
    const run = await chat('trigger:quota');
    expect(run.code).toBe(4);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^g4f: Qwen_QVQ_72B: the Space's GPU quota is used up .*try again in 83 s/);
  });
});

describe('g4f exit codes and messages', () => {
  it('exits 2 naming near matches for an unknown model', async () => {
    const run = await runG4f(['chat', '-m', 'qvq-27b', 'hello']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('g4f: No provider serves model "qvq-27b". Did you mean: qvq-72b? See the models with listModels() in code, "g4f models" on the command line, or GET /v1/models of a server.\n');
  });

  it('exits 2 for a missing prompt or a bad option, with usage on stderr', async () => {
    expect((await runG4f(['chat'])).code).toBe(2);
    const run = await runG4f(['chat', '--protocol', 'smoke', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are auto, queue, call');
  });

  it('exits 2 for --base-url without a model or provider, saying what to add', async () => {
    const run = await runG4f(['chat', '--base-url', 'http://127.0.0.1:9', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('g4f: --base-url says where a Space is, not which one: add -m MODEL (a space:owner/name, or a model of "g4f models") or -p PROVIDER.\n');
  });

  it('exits 5 when the Space cannot be reached', async () => {
    const closedPort = await freePort();
    const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', `http://127.0.0.1:${closedPort}`, 'x']);
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^g4f: Qwen_QVQ_72B: could not read the Space's \/config: cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });

  it('exits 3 when the Space refuses the token, and never shows HF_TOKEN', async () => {
    const token = 'hf_CliTokenThatMustStayHidden42';
    const space = createServer((req, res) => {
      res.writeHead(401, { 'content-type': 'text/plain' }).end(`bad token ${req.headers.authorization ?? ''}`);
    });
    await new Promise<void>((resolve) => space.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(space.address() as AddressInfo).port}`;
      const run = await runG4f(['chat', '-m', 'qvq-72b', '--base-url', url, 'x'], { env: { HF_TOKEN: token } });
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('HTTP 401');
      expect(run.stdout + run.stderr).not.toContain(token);
    } finally {
      space.close();
    }
  });

  it('has --help for every command', async () => {
    for (const args of [['--help'], ['chat', '--help'], ['models', '--help'], ['serve', '--help']]) {
      const run = await runG4f(args);
      expect(run.code, args.join(' ')).toBe(0);
      expect(run.stdout, args.join(' ')).toMatch(/^Usage: g4f/);
      expect(run.stdout, args.join(' ')).not.toMatch(/\(default: (\[\]|\{\})\)/);
    }
  });

  it('shows examples under chat, serve and gui, each with its own name', async () => {
    expect((await runG4f(['chat', '--help'])).stdout).toContain('Examples:\n  g4f chat -i cat.jpg "What is in this picture?"');
    expect((await runG4f(['serve', '--help'])).stdout).toContain('  g4f serve --space Qwen_QVQ_72B=http://127.0.0.1:7860');
    expect((await runG4f(['gui', '--help'])).stdout).toContain('  g4f gui --space Qwen_QVQ_72B=http://127.0.0.1:7860');
  });
});

describe('g4f models', () => {
  it('lists models, aliases, providers and capabilities as a table', async () => {
    const run = await runG4f(['models']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^MODEL\s+ALIASES\s+PROVIDERS\s+TAKES\s+GIVES$/);
    expect(lines).toContainEqual(expect.stringMatching(/^qwen-qvq-72b-preview\s+qvq-72b\s+Qwen_QVQ_72B\s+text, image\s+text$/));
    expect(lines).toContainEqual(expect.stringMatching(/^qwen3-235b-a22b\s+qwen-3, qwen-3-235b\s+Qwen_Qwen_3\s+text\s+text, reasoning$/));
  });
});

describe.skipIf(qvq === undefined)('g4f serve', () => {
  it('serves the OpenAI-compatible API on 127.0.0.1 until stopped', async () => {
    const bin = fileURLToPath(new URL('../dist/main.js', import.meta.url));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--base-url', qvq ?? '', '--api-key', 'k-123456'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          const found = /at (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(stderr)?.[1];
          if (found !== undefined) resolve(found);
        });
        child.on('exit', () => {
          reject(new Error(stderr));
        });
      });
      const models = await fetch(`${url}/v1/models`, { headers: { authorization: 'Bearer k-123456' } });
      expect(models.status).toBe(200);
      expect((await fetch(`${url}/v1/models`)).status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });
});
