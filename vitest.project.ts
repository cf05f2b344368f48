import { defaultServerConditions } from 'vite';
import { defineProject, type UserWorkspaceConfig } from 'vitest/config';

// Tests import the packages' public entries; the `@g4f/source` condition maps them to src/.
const conditions = ['@g4f/source', ...defaultServerConditions];

/** One package's test project: its name, its test/ folder, sources resolved from src/. */
export function packageProject(name: string, test: UserWorkspaceConfig['test'] = {}): UserWorkspaceConfig {
  return defineProject({
    resolve: { conditions },
    ssr: { resolve: { conditions } },
    test: { name, include: ['test/**/*.test.ts'], ...test },
  });
}
