import { packageProject } from '../../vitest.project.ts';

export default packageProject('server', { testTimeout: 30_000 });
