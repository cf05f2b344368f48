import { InvalidRequestError, type CallOptions } from '@g4f/core';

/** The parts of an OpenAI image request this server reads. */
export interface ImageRequest {
  prompt: string;
  model: string;
  /** How each image comes back: the Space's file URL, or its bytes in base64. */
  responseFormat: 'url' | 'b64_json';
  /** The image's width and height in pixels, where a size was asked for. */
  size: { width: number; height: number } | undefined;
  seed: number | undefined;
  provider: string | undefined;
  providerOptions: CallOptions['providerOptions'];
}

function field<T>(fields: Record<string, unknown>, name: string, what: string, check: (value: unknown) => value is T): T | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InvalidRequestError(`${name} must be ${what}.`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isObject = (value: unknown): value is Record<string, Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseSize(size: string | undefined): ImageRequest['size'] {
  if (size === undefined || size === 'auto') return undefined;
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (match === null) throw new InvalidRequestError(`size must be "auto" or WIDTHxHEIGHT in pixels ("1024x1024"), not "${size}".`);
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Checks an image request's body; throws InvalidRequestError naming the field that is wrong. */
export function parseImageRequest(body: unknown): ImageRequest {
  if (!isObject(body)) throw new InvalidRequestError('The body must be a JSON object.');
  const prompt = field(body, 'prompt', 'a string', isString);
  if (prompt === undefined || prompt.trim() === '') throw new InvalidRequestError('prompt is required: say what to draw.');
  const n = field(body, 'n', 'a whole number', isInteger) ?? 1;
  if (n !== 1) throw new InvalidRequestError(`n must be 1, not ${n}: a Space draws one image a call; send one request per image.`);
  const responseFormat = field(body, 'response_format', '"url" or "b64_json"', (value): value is 'url' | 'b64_json' => value === 'url' || value === 'b64_json') ?? 'url';
  return {
    prompt,
    model: field(body, 'model', 'a string (a model name or alias; "" for the default image model)', isString) ?? '',
    responseFormat,
    size: parseSize(field(body, 'size', 'a string', isString)),
    seed: field(body, 'seed', 'a whole number', isInteger),
    provider: field(body, 'provider', 'a string', isString),
    providerOptions: field(body, 'provider_options', 'an object of provider names to settings objects', isObject),
  };
}
