import { InvalidRequestError } from '../errors/lookup-errors.js';
import { ROLES, type Messages } from '../types/message.js';

const KNOWN_ROLES: ReadonlySet<unknown> = new Set(ROLES);

/** Throws InvalidRequestError when `messages` is not a non-empty list of well-formed messages. */
export function validateMessages(messages: unknown): asserts messages is Messages {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new InvalidRequestError('messages must be a non-empty array of { role, content } objects.');
  }
  messages.forEach((message: unknown, index) => {
    const { role, content } = (message ?? {}) as { role?: unknown; content?: unknown };
    if (!KNOWN_ROLES.has(role)) {
      throw new InvalidRequestError(`messages[${index}].role must be one of ${ROLES.map((known) => `"${known}"`).join(', ')}; got ${JSON.stringify(role)}.`);
    }
    if (typeof content !== 'string' && !Array.isArray(content)) {
      throw new InvalidRequestError(`messages[${index}].content must be a string or an array of content parts.`);
    }
    if (Array.isArray(content)) content.forEach((part: unknown, partIndex) => {
      validatePart(part, `messages[${index}].content[${partIndex}]`);
    });
  });
}

function validatePart(part: unknown, where: string): void {
  const { type, text, image_url: image, input_audio: audio } = (part ?? {}) as { type?: unknown; text?: unknown; image_url?: { url?: unknown }; input_audio?: { data?: unknown; format?: unknown } };
  if (type === 'text' && typeof text === 'string') return;
  if (type === 'image_url' && typeof image?.url === 'string') return;
  if (type === 'input_audio' && typeof audio?.data === 'string' && typeof audio.format === 'string') return;
  throw new InvalidRequestError(`${where} must be { type: "text", text }, { type: "image_url", image_url: { url } } or { type: "input_audio", input_audio: { data, format } }.`);
}
