import { InvalidRequestError, validateMessages, type CallOptions, type Messages } from '@g4f/core';

/** The parts of an OpenAI chat request this server reads. */
export interface ChatRequest {
  model: string;
  messages: Messages;
  stream: boolean;
  provider: string | undefined;
  temperature: number | undefined;
  max_tokens: number | undefined;
  stop: string | string[] | undefined;
  seed: number | undefined;
  provider_options: CallOptions['providerOptions'];
}

function optional<T>(value: unknown, field: string, what: string, check: (value: unknown) => value is T): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InvalidRequestError(`${field} must be ${what}.`);
  return value;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isStop = (value: unknown): value is string | string[] => typeof value === 'string' || (Array.isArray(value) && value.every(isString));
const isSettings = (value: unknown): value is NonNullable<CallOptions['providerOptions']> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry));

/** Checks a request body's shape; throws InvalidRequestError naming the field that is wrong. */
export function parseChatRequest(body: unknown): ChatRequest {
  if (typeof body !== 'object' || body === null) throw new InvalidRequestError('The body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  // OpenAI requires a model; here '' or none means the registry's default.
  const model = optional(fields.model, 'model', 'a string (a model name or alias; "" for the default)', isString) ?? '';
  const { messages } = fields;
  validateMessages(messages);
  return {
    model,
    messages,
    stream: optional(fields.stream, 'stream', 'a boolean', isBoolean) ?? false,
    provider: optional(fields.provider, 'provider', 'a string', isString),
    temperature: optional(fields.temperature, 'temperature', 'a number', isNumber),
    max_tokens: optional(fields.max_tokens ?? fields.max_completion_tokens, 'max_tokens', 'a whole number', isInteger),
    stop: optional(fields.stop, 'stop', 'a string or a list of strings', isStop),
    seed: optional(fields.seed, 'seed', 'a whole number', isInteger),
    provider_options: optional(fields.provider_options, 'provider_options', 'an object of provider names to settings objects', isSettings),
  };
}
