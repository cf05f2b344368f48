import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The local QVQ-shaped Gradio Space's URL, or undefined when it could not start (outside CI). */
    qvqSpaceUrl: string | undefined;
    /** Why the local Space could not start. */
    qvqSpaceError: string | undefined;
  }
}

/** Starts the real local Gradio Space once for the whole test run. In CI it must start. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let space: LocalSpace | undefined;
  try {
    space = await startLocalSpace({ app: 'qvq' });
    project.provide('qvqSpaceUrl', space.url);
    project.provide('qvqSpaceError', undefined);
  } catch (error) {
    if (process.env.CI === 'true') throw error;
    project.provide('qvqSpaceUrl', undefined);
    project.provide('qvqSpaceError', error instanceof Error ? error.message : String(error));
  }
  return async () => {
    await space?.stop();
  };
}
