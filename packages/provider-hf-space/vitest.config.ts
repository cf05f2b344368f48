import { defineProject } from 'vitest/config';
import { defaultServerConditions } from 'vite';

// Tests import the public entries; the `@g4f/source` condition maps them to src/.
const conditions = ['@g4f/source', ...defaultServerConditions];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'provider-hf-space',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Gradio answers within milliseconds here, but starting it and queueing take a while.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
