import { LOCAL_SPACE_APPS, startLocalSpaces, type LocalSpace, type LocalSpaceApp } from '@g4f/local-space';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each local Gradio Space's URL by app name; empty when they could not start (outside CI). */
    localSpaces: Partial<Record<LocalSpaceApp, string>>;
    /** Why the local Spaces could not start. */
    localSpacesError: string | undefined;
  }
}

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
