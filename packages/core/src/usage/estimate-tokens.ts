import { messageText } from '../prompt/message-text.js';
import type { Messages } from '../types/message.js';

/**
 * Characters per token in the estimate: OpenAI's rule of thumb for English text. Spaces report no
 * token counts, and a real tokenizer would differ per model anyway.
 */
export const CHARACTERS_PER_TOKEN = 4;

/** The estimated token count of a text: its characters (code points) divided by four, rounded up. */
export function estimateTokens(text: string): number {
  return Math.ceil(codePointLength(text) / CHARACTERS_PER_TOKEN);
}

/** The estimated token count of a conversation's text (images are not counted). */
export function estimatePromptTokens(messages: Messages): number {
  return messages.reduce((sum, message) => sum + estimateTokens(messageText(message.content)), 0);
}

/** The length of a text in code points, as Python counts it: an emoji is one. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}
