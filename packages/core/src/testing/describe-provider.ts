import { describe, it } from 'vitest';
import type { Provider } from '../provider/provider.js';
import { conformanceChecks } from './conformance-checks.js';
import type { ConformanceOptions } from './conformance-options.js';

/** Runs the conformance checks for a provider, one test each; a check that does not apply is skipped with its reason. */
export function describeProvider(getProvider: () => Provider, options: ConformanceOptions = {}): void {
  describe('provider conformance', () => {
    for (const check of conformanceChecks(getProvider, options)) {
      it(check.name, async (context) => {
        const skipped = await check.run();
        if (skipped !== undefined) context.skip(skipped);
      });
    }
  });
}
