export { createApp } from './create-app.js';
export { errorBody, toOpenAIError, type OpenAIErrorResponse } from './openai-error.js';
export { parseChatRequest, type ChatRequest } from './parse-chat-request.js';
export { checkRequestImages } from './request-images.js';
export { DEFAULT_BODY_LIMIT, type ServerOptions } from './server-options.js';
export { startServer, type ListenOptions, type RunningServer } from './start-server.js';
