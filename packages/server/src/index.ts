export { createApp } from './create-app.js';
export { MAX_CLIENT_RETRY_WAIT } from './error-response.js';
export { DEFAULT_REMOTE_IMAGE_TIMEOUT } from './request-images.js';
export { ProviderCoolingDownError } from './provider-cooling-down-error.js';
export { parseRateLimit, type RateLimit } from './rate-limit.js';
export { ModelNotServedError, UnconfiguredSpaceError } from './served-providers.js';
export { DEFAULT_BODY_LIMIT, LOG_LEVELS, type LogFormat, type LogLevel, type ServerOptions } from './server-options.js';
export { isLoopback, startServer, type ListenOptions, type RunningServer } from './start-server.js';
