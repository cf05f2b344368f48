import type { Messages } from '../types/message.js';
import { messageText } from './message-text.js';
import { validateMessages } from './validate-messages.js';

/** Options of `formatPrompt`. */
export interface FormatPromptOptions {
  /** Keep system messages in the prompt. Default: true. */
  includeSystem?: boolean;
}

function capitalize(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/**
 * Turns a conversation into one prompt, as g4f's format_prompt does: a single message becomes
 * its text; several become `Role: text` lines followed by `Assistant:`.
 */
export function formatPrompt(messages: Messages, options: FormatPromptOptions = {}): string {
  validateMessages(messages);
  const { includeSystem = true } = options;
  const kept = messages.filter((message) => includeSystem || message.role !== 'system');
  if (kept.length === 1 && kept[0] !== undefined) return messageText(kept[0].content);
  const lines = kept.map((message) => `${capitalize(message.role)}: ${messageText(message.content)}`);
  return `${lines.join('\n')}\nAssistant:`;
}

/** The text of the last user message, or '' when there is none. */
export function getLastUserMessage(messages: Messages): string {
  const last = messages.findLast((message) => message.role === 'user');
  return last === undefined ? '' : messageText(last.content);
}

/** The system messages' text joined by line breaks, or '' when there is none. */
export function getSystemPrompt(messages: Messages): string {
  return messages
    .filter((message) => message.role === 'system')
    .map((message) => messageText(message.content))
    .join('\n');
}
