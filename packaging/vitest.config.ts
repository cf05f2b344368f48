import { packageProject } from '../vitest.project.ts';

// Packing and one npm install of every public package take a while on two cores.
export default packageProject('packaging', { testTimeout: 60_000, hookTimeout: 300_000 });
