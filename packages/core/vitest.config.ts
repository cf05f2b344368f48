import { defineProject } from 'vitest/config';
import { defaultServerConditions } from 'vite';

// Tests import the public entry `@g4f/core`; the `@g4f/source` condition maps it to src/.
const conditions = ['@g4f/source', ...defaultServerConditions];

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
  },
});
