import { readFileSync } from 'node:fs';

/** The version of `@g4f/cli`, from its package.json (one small file read; no import of the package's code). */
export function cliVersion(): string {
  // From both src/ and dist/, the package.json is one folder up.
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
