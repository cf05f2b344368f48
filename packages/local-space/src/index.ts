export { freePort } from './free-port.js';
export { LOCAL_SPACE_APPS, type LocalSpaceApp, type LocalSpaceAppSpec } from './local-space-apps.js';
export { g4fPython, openaiPython, repoRoot, venvPython, type GradioMajor } from './repo-paths.js';
export { startLocalSpace, startLocalSpaces, type LocalSpace, type LocalSpaceOptions } from './start-local-space.js';
export { REDIS_SERVER, redisServerAvailable, startRedisServer, type LocalRedis } from './start-redis-server.js';
