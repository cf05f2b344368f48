import type { Message, Messages } from '../types/message.js';
import { messageText } from './message-text.js';

/** True for a message that instructs the model: `system`, or `developer`, OpenAI's newer name for it. */
export function isSystemMessage(message: Message): boolean {
  return message.role === 'system' || message.role === 'developer';
}

/** The system and developer messages' text joined by line breaks, or '' when there is none. */
export function getSystemPrompt(messages: Messages): string {
  return messages
    .filter(isSystemMessage)
    .map((message) => messageText(message.content))
    .join('\n');
}
