import { isAbsolute, resolve } from 'node:path';

/**
 * A file the user named, from the folder they typed the command in. `pnpm g4f` and `npm run g4f`
 * run the command in the package's folder and say in INIT_CWD where the user was, so a relative
 * `--image photo.jpg` is looked for there rather than beside package.json.
 */
export function callerPath(file: string, env: Readonly<Record<string, string | undefined>>): string {
  if (isAbsolute(file)) return file;
  return resolve(env.INIT_CWD ?? process.cwd(), file);
}
