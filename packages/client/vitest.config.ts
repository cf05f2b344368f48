import { packageProject } from '../../vitest.project.ts';

export default packageProject('client', { testTimeout: 30_000 });
