import { existsSync } from 'node:fs';
import { inject } from 'vitest';
import { LOCAL_SPACE_APPS, type LocalSpaceApp, type LocalSpaceAppSpec } from './local-space-apps.js';
import { g4fPython, openaiPython } from './repo-paths.js';
import './vitest-provided-context.js';

/**
 * A local Gradio Space's URL for integration tests. Outside CI, missing Spaces skip the tests
 * with the reason; in CI the global setup has already failed the run.
 */
export function localSpaceUrl(app: LocalSpaceApp): string | undefined {
  const url = inject('localSpaces')[app];
  if (url === undefined) console.warn(`Skipping tests against the real Gradio Space "${app}": ${inject('localSpacesError') ?? 'not started'}`);
  return url;
}

/** The URL of the local app that stands in for a provider's Space, by provider name; undefined when there is none or it is not running. */
export function localSpaceUrlFor(provider: string): string | undefined {
  const app = (Object.keys(LOCAL_SPACE_APPS) as LocalSpaceApp[]).find((name) => (LOCAL_SPACE_APPS[name] as LocalSpaceAppSpec).provider === provider);
  return app === undefined ? undefined : localSpaceUrl(app);
}

/**
 * The Python of `.venv-g4f`, for tests that compare with the output of g4f's own functions.
 * Outside CI a missing virtualenv skips those tests with the reason; in CI it fails them.
 */
export function g4fWitnessPython(): string | undefined {
  const python = g4fPython();
  if (existsSync(python)) return python;
  const reason = `${python} is missing; scripts/setup-gradio-venv.sh installs g4f there.`;
  if (process.env.CI === 'true') throw new Error(`The comparisons with g4f need g4f: ${reason}`);
  console.warn(`Skipping the comparisons with g4f: ${reason}`);
  return undefined;
}

/**
 * The Python of `.venv-openai`, with OpenAI's official client, for tests that drive the server
 * with it. Outside CI a missing virtualenv skips those tests with the reason; in CI it fails them.
 */
export function openaiClientPython(): string | undefined {
  const python = openaiPython();
  if (existsSync(python)) return python;
  const reason = `${python} is missing; scripts/setup-gradio-venv.sh installs OpenAI's Python client there.`;
  if (process.env.CI === 'true') throw new Error(`The tests with OpenAI's Python client need it: ${reason}`);
  console.warn(`Skipping the tests with OpenAI's Python client: ${reason}`);
  return undefined;
}

export { eventually, spaceStats, type SpaceStats } from './space-stats.js';
