import { packageProject } from '../../vitest.project.ts';

// Gradio answers within milliseconds here, but queueing and the local Spaces take a while.
export default packageProject('provider-hf-space', { testTimeout: 30_000 });
