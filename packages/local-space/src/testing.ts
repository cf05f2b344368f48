import { inject } from 'vitest';
import { LOCAL_SPACE_APPS, type LocalSpaceApp } from './local-space-apps.js';
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
  const app = (Object.keys(LOCAL_SPACE_APPS) as LocalSpaceApp[]).find((name) => LOCAL_SPACE_APPS[name].provider === provider);
  return app === undefined ? undefined : localSpaceUrl(app);
}

export { eventually, spaceStats, type SpaceStats } from './space-stats.js';
