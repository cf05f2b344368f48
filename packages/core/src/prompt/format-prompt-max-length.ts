import { InvalidRequestError } from '../errors/lookup-errors.js';
import { PromptTooLongError } from '../errors/prompt-too-long-error.js';
import type { Messages } from '../types/message.js';
import { formatPrompt } from './format-prompt.js';
import { messageText } from './message-text.js';
import { isSystemMessage } from './system-prompt.js';

// Python's len() counts code points: an emoji is one character there, a surrogate pair here.
const characters = (text: string): number => text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/**
 * The conversation as one prompt (formatPrompt) of at most `maxLength` characters, as g4f's
 * format_prompt_max_length trims it for a model's limit: the whole conversation; else, past six
 * messages, the first three and the last three; else, past two, the system messages and the last
 * message; else the last message's text. Where g4f would then send a prompt over the limit, this
 * throws PromptTooLongError.
 */
export function formatPromptMaxLength(messages: Messages, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 0) {
    throw new InvalidRequestError(`maxLength must be a whole number of characters, 0 or more; got ${String(maxLength)}.`);
  }
  const whole = formatPrompt(messages);
  if (characters(whole) <= maxLength) return whole;
  const lastIndex = messages.length - 1;
  const shorter = [
    ...(messages.length > 6 ? [[...messages.slice(0, 3), ...messages.slice(-3)]] : []),
    // Unlike g4f, a last message that is itself a system message is not repeated.
    ...(messages.length > 2 ? [messages.filter((message, index) => isSystemMessage(message) || index === lastIndex)] : []),
  ].map((kept) => formatPrompt(kept));
  const lastText = messageText(messages[lastIndex]?.content ?? '');
  const fitting = [...shorter, lastText].find((prompt) => characters(prompt) <= maxLength);
  if (fitting === undefined) throw new PromptTooLongError(characters(lastText), maxLength);
  return fitting;
}
