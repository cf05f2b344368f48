import { extractMedia, InvalidRequestError, validateMessages, type CallOptions, type Conversation, type MediaInput, type MediaList, type Messages } from '@g4f/core';
import type { ChatCompletionCreateParams } from './chat-types.js';

/** A request checked: what the client sends to a provider. */
export interface ChatRequest {
  /** The model asked for, as given. */
  model: string;
  /** The conversation, with null assistant contents made empty. */
  messages: Messages;
  /** Whether to stream chunks. */
  stream: boolean;
  /** Whether a last chunk carries the usage (`stream_options.include_usage`). */
  includeUsage: boolean;
  /** The provider named by the request, if any. */
  provider: string | undefined;
  /** The call options the request sets (the client's fill in the rest). */
  call: CallOptions;
}

/** OpenAI fields a Space cannot honour and that change the answer's shape: refused, never dropped. */
const REFUSED: Readonly<Record<string, string>> = {
  tools: 'tool calls are not supported: no Space answers with tool calls',
  tool_choice: 'tool calls are not supported: no Space answers with tool calls',
  functions: 'function calls are not supported: no Space answers with function calls',
  function_call: 'function calls are not supported: no Space answers with function calls',
  audio: 'audio output is not supported',
  prediction: 'predicted outputs are not supported',
  top_logprobs: 'log probabilities are not supported: Spaces do not report them',
  web_search_options: 'web search is not supported',
};

/** OpenAI sampling hints and bookkeeping that Spaces do not take; accepted and left unused, as OpenAI's own models ignore some. */
const HINTS = new Set(['top_p', 'frequency_penalty', 'presence_penalty', 'user', 'metadata', 'store', 'logit_bias', 'service_tier', 'reasoning_effort', 'safety_identifier', 'prompt_cache_key', 'verbosity', 'parallel_tool_calls']);

const FIELDS = new Set<string>(['model', 'messages', 'stream', 'stream_options', 'provider', 'signal', 'temperature', 'max_completion_tokens', 'max_tokens', 'stop', 'seed', 'n', 'provider_options', 'conversation', 'api_key', 'proxy', 'image', 'image_name', 'media', 'response_format', 'logprobs', 'modalities']);

function optional<T>(value: unknown, field: string, what: string, check: (value: unknown) => value is T): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InvalidRequestError(`${field} must be ${what}; got ${JSON.stringify(value)}.`, { param: field });
  return value;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStop = (value: unknown): value is string | string[] => typeof value === 'string' || (Array.isArray(value) && value.every(isString));
const isConversation = (value: unknown): value is Conversation => isObject(value) && typeof value.provider === 'string';
const isSettings = (value: unknown): value is NonNullable<CallOptions['providerOptions']> => isObject(value) && Object.values(value).every(isObject);
const isMediaInput = (value: unknown): value is MediaInput => typeof value === 'string' || value instanceof Uint8Array || value instanceof ArrayBuffer || value instanceof Blob;
const isMediaList = (value: unknown): value is MediaList => Array.isArray(value) && value.every((item) => Array.isArray(item) && item.length >= 1);

function refuse(field: string, why: string): never {
  throw new InvalidRequestError(`${field}: ${why}.`, { param: field });
}

/** Refuses what cannot be served, naming the field: tools, n > 1, a response format other than text, log probabilities, audio. */
function checkSupported(fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    const why = REFUSED[field];
    if (why !== undefined) refuse(field, why);
    if (!FIELDS.has(field) && !HINTS.has(field)) refuse(field, 'unknown field; see the fields a chat completion takes in docs/usage.md');
  }
  const { n, response_format: format, logprobs, modalities } = fields;
  if (n !== undefined && n !== null && n !== 1) refuse('n', `only one answer per request is served (a Space answers once a call); got ${JSON.stringify(n)}: send n requests instead`);
  if (format !== undefined && format !== null && !(isObject(format) && format.type === 'text')) refuse('response_format', 'only { type: "text" } is supported: Spaces answer in plain text');
  if (logprobs === true) refuse('logprobs', 'log probabilities are not supported: Spaces do not report them');
  if (modalities !== undefined && modalities !== null && !(Array.isArray(modalities) && modalities.every((modality) => modality === 'text'))) refuse('modalities', 'only text output is supported');
}

/** The conversation with OpenAI's `content: null` of an assistant message read as empty. */
function normaliseMessages(messages: unknown): unknown {
  if (!Array.isArray(messages)) return messages;
  return messages.map((message: unknown) =>
    isObject(message) && message.role === 'assistant' && message.content === null ? { ...message, content: '' } : message,
  );
}

/**
 * Checks a chat completion request: its fields' types, what cannot be served, the conversation.
 * Throws an InvalidRequestError naming the field (`param`) and what to send instead.
 */
export function checkChatRequest(params: ChatCompletionCreateParams | Record<string, unknown>): ChatRequest {
  if (!isObject(params)) throw new InvalidRequestError('The request must be an object with model and messages.');
  const fields: Record<string, unknown> = params;
  checkSupported(fields);
  const messages = normaliseMessages(fields.messages);
  validateMessages(messages);
  const streamOptions = optional(fields.stream_options, 'stream_options', 'an object like { include_usage: true }', isObject);
  const stop = optional(fields.stop, 'stop', 'a string or a list of strings', isStop);
  const image = optional(fields.image, 'image', 'bytes, a Blob, a data: URI or a file path', isMediaInput);
  const imageName = optional(fields.image_name, 'image_name', 'a string', isString);
  const imageItem: MediaList = image === undefined ? [] : [imageName === undefined ? [image] : [image, imageName]];
  const media = [...imageItem, ...(optional(fields.media, 'media', 'a list of [media, filename?] pairs', isMediaList) ?? [])];
  // OpenAI requires a model; here '' or none means the registry's default.
  const model = optional(fields.model, 'model', 'a string (a model name or alias; "" for the default)', isString) ?? '';
  const maxTokens = optional(fields.max_completion_tokens, 'max_completion_tokens', 'a whole number above 0', isCount) ?? optional(fields.max_tokens, 'max_tokens', 'a whole number above 0', isCount);
  const call: CallOptions = {
    signal: optional(fields.signal, 'signal', 'an AbortSignal', (value): value is AbortSignal => value instanceof AbortSignal),
    apiKey: optional(fields.api_key, 'api_key', 'a string', isString),
    proxy: optional(fields.proxy, 'proxy', 'a proxy URL', isString),
    temperature: optional(fields.temperature, 'temperature', 'a number', isNumber),
    maxTokens,
    stop: typeof stop === 'string' ? [stop] : stop,
    seed: optional(fields.seed, 'seed', 'a whole number', isInteger),
    providerOptions: optional(fields.provider_options, 'provider_options', 'an object of provider names to settings objects', isSettings),
    conversation: optional(fields.conversation, 'conversation', 'the conversation object an earlier completion gave, unchanged (it names its provider)', isConversation),
    ...(media.length === 0 ? {} : { media }),
  };
  return {
    model,
    messages,
    stream: optional(fields.stream, 'stream', 'a boolean', isBoolean) ?? false,
    includeUsage: optional(streamOptions?.include_usage, 'stream_options.include_usage', 'a boolean', isBoolean) ?? false,
    provider: optional(fields.provider, 'provider', 'a provider name', isString),
    call,
  };
}

/** Whether the request carries an image, in its messages or beside them. */
export function requestHasImage(request: ChatRequest): boolean {
  return extractMedia(request.messages).length > 0 || (request.call.media?.length ?? 0) > 0;
}
