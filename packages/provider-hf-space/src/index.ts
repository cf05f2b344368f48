import { registerProvider } from '@g4f/core';
import { HuggingSpace } from './hugging-space.js';
import { hfSpaceProviders } from './space-providers.js';

export { atBaseUrl } from './at-base-url.js';
export type { AnswerLocator, OutputPath, ReasoningStatus, ReasoningStatusReader } from './gradio/answer-tracker.js';
export type { FileData } from './gradio/file-data.js';
export type { RetrySettings } from './gradio/retry-policy.js';
export type { SpaceHttpSettings } from './gradio/space-http.js';
export type { GradioProtocol } from './gradio/space-route.js';
export { GradioSpaceProvider } from './gradio-space-provider.js';
export { HuggingSpace } from './hugging-space.js';
export { imageSize, imageSizeOptions } from './image-size.js';
export { firstFound, firstOutput, lastAssistantMessage, lastChatReply, lastThought, lastTypedPart, toolPartStatus } from './outputs/answer-locators.js';
export { galleryAt, imageAt } from './outputs/image-readers.js';
export { BlackForestLabs_Flux1Dev } from './providers/black-forest-labs-flux1-dev.js';
export { DeepseekAI_JanusPro7b } from './providers/deepseek-ai-janus-pro-7b.js';
export { Qwen_QVQ_72B } from './providers/qwen-qvq-72b.js';
export { Qwen_Qwen_2_5 } from './providers/qwen-qwen-2-5.js';
export { Qwen_Qwen_2_5_Max } from './providers/qwen-qwen-2-5-max.js';
export { Qwen_Qwen_2_72B } from './providers/qwen-qwen-2-72b.js';
export { Qwen_Qwen_3 } from './providers/qwen-qwen-3.js';
export { StabilityAI_SD35Large } from './providers/stability-ai-sd35-large.js';
export type { SpaceDefinition, SpaceEndpoint, SpaceInput } from './space-definition.js';
export { hfSpaceProviders } from './space-providers.js';
export type { SpaceSettings } from './space-settings.js';

registerProvider(...hfSpaceProviders, HuggingSpace);
