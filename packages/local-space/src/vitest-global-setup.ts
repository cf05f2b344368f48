import type { TestProject } from 'vitest/node';
import { LOCAL_SPACE_APPS, type LocalSpaceApp } from './local-space-apps.js';
import { startLocalSpaces, type LocalSpace } from './start-local-space.js';
import './vitest-provided-context.js';

/** Starts every real local Gradio Space once for the whole test run. In CI they must start. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let spaces: Record<LocalSpaceApp, LocalSpace> | undefined;
  try {
    spaces = await startLocalSpaces(Object.keys(LOCAL_SPACE_APPS) as LocalSpaceApp[]);
    project.provide('localSpaces', Object.fromEntries(Object.entries(spaces).map(([app, space]) => [app, space.url])));
    project.provide('localSpacesError', undefined);
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    project.provide('localSpaces', {});
    project.provide('localSpacesError', error instanceof Error ? error.message : String(error));
  }
  return async () => {
    await Promise.all(Object.values(spaces ?? {}).map((space) => space.stop()));
  };
}
