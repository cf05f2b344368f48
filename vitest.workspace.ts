/**
 * The workspace's test projects, one per package. vitest 4 no longer loads this file by itself:
 * `vitest.config.ts` imports it into `test.projects`, and core's `workspace-exports.test.ts`
 * fails when a package with tests is missing from this list.
 */
export const testProjects = ['packages/core', 'packages/provider-hf-space', 'packages/client', 'packages/server', 'packages/cli', 'packages/ai-sdk', 'packaging'];
