export { createApp } from './create-app.js';
export { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';
export { startServer, type ListenOptions, type RunningServer } from './start-server.js';
