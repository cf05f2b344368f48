import { registerProvider } from '@g4f/core';
import { Qwen_QVQ_72B } from './providers/qwen-qvq-72b.js';

export { applyDiff, type GradioEdit } from './gradio/apply-diff.js';
export { AnswerTracker, type AnswerLocator, type OutputPath } from './gradio/answer-tracker.js';
export type { FileData } from './gradio/file-data.js';
export { GradioSpaceClient, type AnswerRequest, type SpaceClientSettings } from './gradio/gradio-space-client.js';
export type { RetrySettings } from './gradio/retry-policy.js';
export { parseQuotaRetryAfter, spaceError } from './gradio/space-errors.js';
export type { SpaceHttpSettings } from './gradio/space-http.js';
export type { GradioProtocol } from './gradio/space-route.js';
export { GradioSpaceProvider, type SpaceCallOptions } from './gradio-space-provider.js';
export type { SpaceDefinition, SpaceInput } from './space-definition.js';
export type { SpaceSettings } from './space-settings.js';
export { Qwen_QVQ_72B };

/** Every provider of this package, as registered on import. */
export const hfSpaceProviders = [Qwen_QVQ_72B] as const;

registerProvider(...hfSpaceProviders);
