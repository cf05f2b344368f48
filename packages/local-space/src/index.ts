export { freePort } from './free-port.js';
export { repoRoot, venvPython } from './repo-paths.js';
export { startLocalSpace, type LocalSpace, type LocalSpaceApp, type LocalSpaceOptions } from './start-local-space.js';
