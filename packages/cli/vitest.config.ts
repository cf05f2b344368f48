import { packageProject } from '../../vitest.project.ts';

export default packageProject('cli', { testTimeout: 30_000 });
