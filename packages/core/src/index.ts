export * from './errors/index.js';
export { formatPrompt, type FormatPromptOptions } from './prompt/format-prompt.js';
export { formatPromptMaxLength } from './prompt/format-prompt-max-length.js';
export { formatImagePrompt, getLastUserMessage } from './prompt/last-user-message.js';
export { getSystemPrompt, isSystemMessage } from './prompt/system-prompt.js';
export { extractMedia, hasAudioParts } from './prompt/extract-media.js';
export { messageText } from './prompt/message-text.js';
export { validateMessages } from './prompt/validate-messages.js';
export { detectImageType, imageExtension, SUPPORTED_IMAGE_TYPES } from './media/detect-image-type.js';
export { audioExtension, audioTypeOf, SUPPORTED_AUDIO_TYPES } from './media/detect-audio-type.js';
export { loadImage, type LoadedImage } from './media/load-image.js';
export { loadMedia, type LoadedMedia, type MediaKind } from './media/load-media.js';
export { DEFAULT_MAX_MEDIA_BYTES, type MediaOptions } from './media/media-limits.js';
export { toBytes } from './media/to-bytes.js';
export { toDataUri } from './media/to-data-uri.js';
export { limitAnswer, type AnswerLimits } from './provider/answer-limits.js';
export { CHARACTERS_PER_TOKEN, estimatePromptTokens, estimateTokens } from './usage/estimate-tokens.js';
export { AsyncGeneratorProvider } from './provider/async-generator-provider.js';
export type { CallOptions, ProviderSettings, StreamModeOption } from './provider/call-options.js';
export { collectText } from './provider/collect-text.js';
export type { DefaultModels } from './provider/combine-catalogs.js';
export { FallbackProvider, type FallbackOptions } from './provider/fallback-provider.js';
export type { ModelCatalog, ModelKind } from './provider/model-catalog.js';
export { openOnFirstRead, type OpenedStream } from './provider/open-on-first-read.js';
export { noAudio } from './provider/model-catalog.js';
export { parseProviderOptions } from './provider/parse-provider-options.js';
export type { Provider } from './provider/provider.js';
export type { ProviderFactFields, ProviderFacts } from './provider/provider-facts.js';
export { ProviderModelMixin, type AbstractConstructor, type ProviderModels } from './provider/provider-model-mixin.js';
export { listModelsOf, type ModelListing } from './registry/model-listing.js';
export { MODEL_RESOLVER_TOKEN, type ModelResolver } from './registry/model-resolver.js';
export { ProviderRegistry, type ResolvedModel, type ResolveOptions } from './registry/provider-registry.js';
export { PROVIDER_TOKEN } from './registry/provider-token.js';
export { getProvider, getProviderByName, getRegistry, listModels, registerModelResolver, registerProvider, resolveModel } from './registry/registry-functions.js';
export { RegistrySettings } from './registry/registry-settings.js';
export type { RateWindow, SharedState, SlotAttempt, SlotRequest } from './shared-state/shared-state.js';
export { MemorySharedState } from './shared-state/memory-shared-state.js';
export { sharedState, useSharedState } from './shared-state/current-shared-state.js';
export { holdSlot, queueForSlot, type QueuePlace } from './shared-state/queue-for-slot.js';
export type { MediaInput, MediaItem, MediaList } from './types/media.js';
export { ROLES, type AudioContentPart, type ContentPart, type ImageContentPart, type Message, type Messages, type Role, type TextContentPart } from './types/message.js';
export { conversationOf, type Conversation, type JsonValue } from './types/conversation.js';
export { imageMarkdown } from './types/image-markdown.js';
export { isContentPart } from './types/stream-part.js';
export type {
  FinishPart,
  ImagePart,
  ProgressPart,
  ProviderInfoPart,
  ReasoningDeltaPart,
  ReasoningStatusPart,
  StreamPart,
  TextReplacePart,
  TypedStreamPart,
  UsagePart,
} from './types/stream-part.js';
