import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Prints the URL of every ES module Node loads; CommonJS ones are listed from the require cache.
const hooks = `export async function load(url, context, next) {
  process.stderr.write('loaded ' + url + '\\n');
  return next(url, context);
}`;
const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
const listCommonJs = "const { createRequire } = await import('node:module'); for (const file of Object.keys(createRequire(import.meta.url).cache)) console.error('loaded ' + file);";

/** The packages from node_modules that Node loads for `script`, run as a user would, against the built package. */
function packagesLoadedBy(script: string): string[] {
  const cwd = new URL('..', import.meta.url).pathname;
  const args = ['--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', `${script}\n${listCommonJs}`];
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const names = [...run.stderr.matchAll(/^loaded .*\/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//gm)].map((match) => match[1] ?? '');
  return [...new Set(names)].sort();
}

describe('importing @g4f/provider-hf-space', () => {
  it('registers its providers and loads only what that needs; zod and the transport\'s libraries come with the first call', () => {
    const script = "await import('@g4f/provider-hf-space'); const { getProvider } = await import('@g4f/core'); if (getProvider('qvq-72b').name !== 'Qwen_QVQ_72B') process.exit(1);";
    expect(packagesLoadedBy(script)).toEqual(['reflect-metadata', 'typedi']);
  });
});
