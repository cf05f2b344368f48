import type { ImageGenerateParams } from '@g4f/client';
import { InvalidRequestError } from '@g4f/core';

type ImageRequest = Omit<ImageGenerateParams, 'signal'> & { model: string; provider: string | undefined };

function field<T>(fields: Record<string, unknown>, name: string, what: string, check: (value: unknown) => value is T): T | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InvalidRequestError(`${name} must be ${what}.`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isInteger = (value: unknown): value is number => Number.isInteger(value);
const isObject = (value: unknown): value is Record<string, Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the JSON types of an image request's body (the client checks the values); throws InvalidRequestError naming the field. */
export function parseImageRequest(body: unknown): ImageRequest {
  if (!isObject(body)) throw new InvalidRequestError('The body must be a JSON object.');
  return {
    prompt: field(body, 'prompt', 'a string', isString) ?? '',
    model: field(body, 'model', 'a string (a model name or alias; "" for the default image model)', isString) ?? '',
    n: field(body, 'n', 'a whole number', isInteger),
    size: field(body, 'size', 'a string', isString),
    response_format: field(body, 'response_format', '"url" or "b64_json"', (value): value is 'url' | 'b64_json' => value === 'url' || value === 'b64_json'),
    seed: field(body, 'seed', 'a whole number', isInteger),
    provider: field(body, 'provider', 'a string', isString),
    provider_options: field(body, 'provider_options', 'an object of provider names to settings objects', isObject),
  };
}
