import { InvalidRequestError, ROLES, validateMessages, type CallOptions, type ContentPart, type Message, type Role } from '@g4f/core';

/** The parts of an OpenAI Responses API request this server reads, as a conversation. */
export interface ResponsesRequest {
  model: string;
  /** This turn's messages, without the instructions. */
  input: Message[];
  instructions: string | undefined;
  /** The response this one continues: its conversation comes before `input`. */
  previousResponseId: string | undefined;
  /** Whether to keep this response, to be continued or read (OpenAI's default: true). */
  store: boolean;
  stream: boolean;
  temperature: number | undefined;
  maxOutputTokens: number | undefined;
  seed: number | undefined;
  provider: string | undefined;
  providerOptions: CallOptions['providerOptions'];
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

function field<T>(fields: Fields, name: string, what: string, check: (value: unknown) => value is T): T | undefined {
  const value = fields[name];
  if (value === undefined || value === null) return undefined;
  if (!check(value)) throw new InvalidRequestError(`${name} must be ${what}.`, { param: name });
  return value;
}

/** One content part of an input item: input_text, output_text (earlier answers) or input_image. */
function contentPart(part: unknown, where: string): ContentPart {
  if (!isObject(part)) throw new InvalidRequestError(`${where} must be an object with a type.`, { param: where });
  if ((part.type === 'input_text' || part.type === 'output_text') && typeof part.text === 'string') return { type: 'text', text: part.text };
  if (part.type === 'input_image') {
    if (typeof part.image_url === 'string') return { type: 'image_url', image_url: { url: part.image_url } };
    throw new InvalidRequestError(`${where}: an input_image needs image_url (a data: URI); file_id is not supported here.`, { param: `${where}.image_url` });
  }
  throw new InvalidRequestError(`${where}: type ${JSON.stringify(part.type)} is not supported; use input_text, input_image (image_url) or output_text.`, { param: `${where}.type` });
}

/** One input item, a message: `{ role, content }` (type "message" or none). Tool calls and other items are refused. */
function inputMessage(item: unknown, index: number): Message {
  const where = `input[${index}]`;
  if (!isObject(item) || (item.type !== undefined && item.type !== 'message')) {
    const type = isObject(item) ? JSON.stringify(item.type) : 'not an object';
    throw new InvalidRequestError(`${where} (${type}) is not supported: this server takes messages ({ role, content }) only, no tool calls or references.`, { param: where });
  }
  const role = item.role as Role;
  if (!ROLES.includes(role)) throw new InvalidRequestError(`${where}.role must be one of ${ROLES.join(', ')}.`, { param: `${where}.role` });
  const { content } = item;
  if (typeof content === 'string') return { role, content };
  if (!Array.isArray(content)) throw new InvalidRequestError(`${where}.content must be a string or a list of parts.`, { param: `${where}.content` });
  return { role, content: content.map((part, partIndex) => contentPart(part, `${where}.content[${partIndex}]`)) };
}

/** Checks a Responses request's body: its input messages, instructions and settings. */
export function parseResponsesRequest(body: unknown): ResponsesRequest {
  if (!isObject(body)) throw new InvalidRequestError('The body must be a JSON object.');
  const tools = body.tools;
  if (Array.isArray(tools) ? tools.length > 0 : tools !== undefined && tools !== null) {
    throw new InvalidRequestError('tools are not supported: the Spaces behind this server cannot call tools; send the request without them.', { param: 'tools' });
  }
  const { input } = body;
  let messages: Message[];
  if (typeof input === 'string') messages = [{ role: 'user', content: input }];
  else if (Array.isArray(input)) messages = input.map(inputMessage);
  else throw new InvalidRequestError('input must be a string or a list of messages ({ role, content }).', { param: 'input' });
  return {
    model: field(body, 'model', 'a string (a model name or alias; "" for the default)', (value): value is string => typeof value === 'string') ?? '',
    input: messages,
    instructions: field(body, 'instructions', 'a string', (value): value is string => typeof value === 'string'),
    previousResponseId: field(body, 'previous_response_id', 'a string (the id of a response this server gave)', (value): value is string => typeof value === 'string'),
    store: field(body, 'store', 'a boolean', (value): value is boolean => typeof value === 'boolean') ?? true,
    stream: field(body, 'stream', 'a boolean', (value): value is boolean => typeof value === 'boolean') ?? false,
    temperature: field(body, 'temperature', 'a number', (value): value is number => typeof value === 'number' && Number.isFinite(value)),
    maxOutputTokens: field(body, 'max_output_tokens', 'a whole number above 0', (value): value is number => Number.isInteger(value) && (value as number) > 0),
    seed: field(body, 'seed', 'a whole number', Number.isInteger as (value: unknown) => value is number),
    provider: field(body, 'provider', 'a string', (value): value is string => typeof value === 'string'),
    providerOptions: field(body, 'provider_options', 'an object of provider names to settings objects', (value): value is NonNullable<CallOptions['providerOptions']> => isObject(value)),
  };
}

/**
 * The conversation a Responses request asks about: its instructions (a system message; those of
 * the response it continues are not carried over, as in OpenAI's API), the earlier turns, its input.
 */
export function responsesConversation(request: ResponsesRequest, earlier: readonly Message[]): Message[] {
  const { instructions } = request;
  const messages = [...(instructions === undefined || instructions === '' ? [] : [{ role: 'system' as const, content: instructions }]), ...earlier, ...request.input];
  validateMessages(messages);
  return messages;
}
