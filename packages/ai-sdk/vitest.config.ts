import { packageProject } from '../../vitest.project.ts';

export default packageProject('ai-sdk', { testTimeout: 30_000 });
