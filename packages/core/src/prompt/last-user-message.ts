import type { Messages } from '../types/message.js';
import { messageText } from './message-text.js';
import { stripLikePython } from './strip-like-python.js';

/**
 * What the user said since the last answer, as g4f's get_last_user_message: the user messages at
 * the end of the conversation, each trimmed, empty ones skipped, joined by line breaks. '' when
 * the conversation ends with any other role.
 */
export function getLastUserMessage(messages: Messages): string {
  const start = messages.findLastIndex((message) => message.role !== 'user') + 1;
  return messages
    .slice(start)
    .map((message) => stripLikePython(messageText(message.content)))
    .filter((text) => text !== '')
    .join('\n');
}

/** The prompt for an image model, as g4f's format_image_prompt: `prompt` when given, else getLastUserMessage. */
export function formatImagePrompt(messages: Messages, prompt?: string): string {
  return prompt ?? getLastUserMessage(messages);
}
