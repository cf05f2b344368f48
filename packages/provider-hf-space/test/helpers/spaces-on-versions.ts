import { afterAll, beforeAll, type TestContext } from 'vitest';
import { startLocalSpace, type GradioMajor, type LocalSpace, type LocalSpaceOptions } from '@g4f/local-space';

/** The URL of the Space started on a Gradio major, or the test skipped with the reason it is missing. */
export type SpaceUrlOf = (gradio: GradioMajor, context: TestContext) => string;

/**
 * Starts one app on each Gradio major, once for the test file and all at once. A Space that
 * does not start fails the run in CI (CI=true); elsewhere its tests skip with the reason.
 */
export function spacesOnVersions(versions: readonly GradioMajor[], options: Omit<LocalSpaceOptions, 'gradio' | 'port'>): SpaceUrlOf {
  const spaces = new Map<GradioMajor, LocalSpace>();
  const missing = new Map<GradioMajor, string>();
  beforeAll(async () => {
    const results = await Promise.allSettled(versions.map((gradio) => startLocalSpace({ ...options, gradio })));
    results.forEach((result, index) => {
      const gradio = versions[index] as GradioMajor;
      if (result.status === 'fulfilled') spaces.set(gradio, result.value);
      else missing.set(gradio, result.reason instanceof Error ? result.reason.message : String(result.reason));
    });
    if (missing.size > 0 && process.env.CI === 'true') {
      await Promise.all([...spaces.values()].map((space) => space.stop()));
      throw new Error(`could not start the ${options.app ?? 'qvq'} Space on every Gradio: ${[...missing].map(([gradio, why]) => `Gradio ${gradio}: ${why}`).join('; ')}`);
    }
  }, 180_000);
  afterAll(async () => {
    await Promise.all([...spaces.values()].map((space) => space.stop()));
  });
  return (gradio, context) => {
    const space = spaces.get(gradio);
    if (space === undefined) return context.skip(`no local Space on Gradio ${gradio}: ${missing.get(gradio) ?? 'not started'}`);
    return space.url;
  };
}
