import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { g4fPython, LOCAL_SPACE_APPS, openaiPython, venvPython } from '@g4f/local-space';

const root = new URL('../../', import.meta.url).pathname;
const read = (file: string) => readFileSync(`${root}${file}`, 'utf8');
const venvOf = (python: string) => relative(root, dirname(dirname(python)));

/** The commands of a setup script and of every script it runs (`bash scripts/x.sh`, `source scripts/x.sh`) that exists, comments left out. */
function commandsOf(script: string): string {
  const code = read(script)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n');
  const called = [...code.matchAll(/(?:bash|source) (scripts\/[\w-]+\.sh)/g)].map((match) => match[1] ?? '');
  return [code, ...called.filter((file) => file !== script && existsSync(`${root}${file}`)).map(commandsOf)].join('\n');
}

const virtualenvsNamed = (commands: string) => new Set(commands.match(/\.venv[\w-]*/g));

describe('the README quick start', () => {
  const readme = read('README.md');
  const testCommand = /^(bash scripts\/[\w-]+\.sh && pnpm test)$/m.exec(readme)?.[1];

  it('sets up the demo with scripts/bootstrap.sh and the tests with scripts/bootstrap-tests.sh, which CI runs', () => {
    expect(readme).toMatch(/^bash scripts\/bootstrap\.sh && pnpm demo$/m);
    expect(testCommand).toBe('bash scripts/bootstrap-tests.sh && pnpm test');
    expect(read('.ci/run').trim().split('\n').at(-1)).toBe(testCommand);
  });
});

describe("the demo's setup, scripts/bootstrap.sh", () => {
  const commands = commandsOf('scripts/bootstrap.sh');

  it('makes only the virtualenv of the Gradio the QVQ Space runs on', () => {
    expect(virtualenvsNamed(commands)).toEqual(new Set([venvOf(venvPython(LOCAL_SPACE_APPS.qvq.gradio))]));
    expect(commands).toContain('spaces/requirements.txt');
  });

  it('installs neither the bench peers nor Debian packages (a browser, Redis)', () => {
    expect(commands).not.toMatch(/requirements-bench|apt-get|chromium|redis/);
  });
});

describe("the tests' setup, scripts/bootstrap-tests.sh", () => {
  const commands = commandsOf('scripts/bootstrap-tests.sh');

  it('makes every virtualenv the local Spaces, the g4f witness and the OpenAI client tests run on, and the bench peers', () => {
    const needed = [venvPython(4), venvPython(5), venvPython(6), g4fPython(), openaiPython()].map(venvOf);
    expect([...virtualenvsNamed(commands)].sort()).toEqual([...new Set(needed)].sort());
    expect(commands).toContain('spaces/requirements-bench.txt');
  });

  it("runs the setup of the Debian packages the tests drive, which the demo's setup does not", () => {
    const demo = commandsOf('scripts/bootstrap.sh');
    for (const script of ['scripts/setup-chromium.sh', 'scripts/setup-redis.sh']) {
      expect(commands).toContain(`bash ${script}`);
      expect(demo).not.toContain(script);
    }
  });
});

describe('pnpm demo', () => {
  it('builds the examples, the CLI and what they depend on, not the bench nor the packaging checks', () => {
    const demo = (JSON.parse(read('package.json')) as { scripts: { demo: string } }).scripts.demo;
    const filters = [...demo.matchAll(/--filter "([^"]+)"/g)].flatMap((match) => ['--filter', match[1] ?? '']);
    expect(demo).toMatch(/^pnpm (--filter "[^"]+" )+run build && node examples\/dist\/ask-qvq\.js$/);
    const built = (JSON.parse(execFileSync('pnpm', [...filters, 'ls', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' })) as { name: string }[]).map(({ name }) => name);
    expect(built).toEqual(expect.arrayContaining(['@g4f/examples', '@g4f/cli', '@g4f/local-space']));
    expect(built).not.toEqual(expect.arrayContaining(['@g4f/bench']));
    expect(built).not.toEqual(expect.arrayContaining(['@g4f/packaging']));
  });
});
