import { defineConfig } from 'vitest/config';
import { testProjects } from './vitest.workspace.ts';

export default defineConfig({
  test: {
    projects: testProjects,
    // One set of real local Gradio Spaces for every project's integration tests.
    globalSetup: ['packages/local-space/src/vitest-global-setup.ts'],
  },
});
