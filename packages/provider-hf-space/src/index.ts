import { registerProvider } from '@g4f/core';
import { BlackForestLabs_Flux1Dev } from './providers/black-forest-labs-flux1-dev.js';
import { DeepseekAI_JanusPro7b } from './providers/deepseek-ai-janus-pro-7b.js';
import { Qwen_QVQ_72B } from './providers/qwen-qvq-72b.js';
import { Qwen_Qwen_2_5 } from './providers/qwen-qwen-2-5.js';
import { Qwen_Qwen_2_5_Max } from './providers/qwen-qwen-2-5-max.js';
import { Qwen_Qwen_2_72B } from './providers/qwen-qwen-2-72b.js';
import { Qwen_Qwen_3 } from './providers/qwen-qwen-3.js';
import { StabilityAI_SD35Large } from './providers/stability-ai-sd35-large.js';

export { atBaseUrl } from './at-base-url.js';
export { applyDiff, type GradioEdit } from './gradio/apply-diff.js';
export { AnswerTracker, type AnswerLocator, type OutputPath } from './gradio/answer-tracker.js';
export { multipartBody, type MultipartBody } from './gradio/multipart-body.js';
export type { FileData } from './gradio/file-data.js';
export { GradioSpaceClient, type AnswerRequest, type SpaceClientSettings } from './gradio/gradio-space-client.js';
export type { RetrySettings } from './gradio/retry-policy.js';
export { parseQuotaRetryAfter, spaceError } from './gradio/space-errors.js';
export type { SpaceHttpSettings } from './gradio/space-http.js';
export type { GradioProtocol } from './gradio/space-route.js';
export { GradioSpaceProvider } from './gradio-space-provider.js';
export { HuggingSpace, type HuggingSpaceOptions } from './hugging-space.js';
export { firstOutput, lastAssistantMessage, lastChatReply, lastThought } from './outputs/answer-locators.js';
export { galleryAt, imageAt } from './outputs/image-readers.js';
export type { SpaceCallOptions } from './space-call-options.js';
export type { SpaceDefinition, SpaceEndpoint, SpaceInput } from './space-definition.js';
export type { SpaceSettings } from './space-settings.js';
export {
  BlackForestLabs_Flux1Dev,
  DeepseekAI_JanusPro7b,
  Qwen_QVQ_72B,
  Qwen_Qwen_2_5,
  Qwen_Qwen_2_5_Max,
  Qwen_Qwen_2_72B,
  Qwen_Qwen_3,
  StabilityAI_SD35Large,
};

/** Every Space provider of this package, as registered on import. */
export const hfSpaceProviders = [
  Qwen_QVQ_72B,
  Qwen_Qwen_2_72B,
  Qwen_Qwen_2_5,
  Qwen_Qwen_2_5_Max,
  Qwen_Qwen_3,
  DeepseekAI_JanusPro7b,
  StabilityAI_SD35Large,
  BlackForestLabs_Flux1Dev,
] as const;

registerProvider(...hfSpaceProviders);
