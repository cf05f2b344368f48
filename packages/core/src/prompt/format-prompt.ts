import type { Messages } from '../types/message.js';
import { messageText } from './message-text.js';
import { stripLikePython } from './strip-like-python.js';
import { isSystemMessage } from './system-prompt.js';
import { validateMessages } from './validate-messages.js';

/** Options of `formatPrompt`, named as g4f's format_prompt arguments. */
export interface FormatPromptOptions {
  /** Keep system and developer messages in the prompt. Default: true. */
  includeSystem?: boolean;
  /** Write `Role: text` lines even for a single message (g4f's add_special_tokens). Default: false. */
  addSpecialTokens?: boolean;
  /** End without the closing `Assistant:`, for a model that continues the last turn (g4f's do_continue). Default: false. */
  doContinue?: boolean;
}

function capitalize(role: string): string {
  return role.charAt(0).toUpperCase() + role.slice(1);
}

/**
 * Turns a conversation into one prompt, byte for byte as g4f's format_prompt: a single message
 * becomes its text; several become `Role: text` lines, turns with no text left out, then
 * `Assistant:`. Throws InvalidRequestError for malformed messages.
 */
export function formatPrompt(messages: Messages, options: FormatPromptOptions = {}): string {
  validateMessages(messages);
  const { includeSystem = true, addSpecialTokens = false, doContinue = false } = options;
  const kept = messages.filter((message) => includeSystem || !isSystemMessage(message));
  // g4f counts the messages before leaving the system out: [system, user] stays a conversation.
  // A lone system message left out gives no lines, where g4f would give its text.
  if (!addSpecialTokens && messages.length === 1 && kept[0] !== undefined) return messageText(kept[0].content);
  const lines = kept.flatMap((message) => {
    const text = messageText(message.content);
    return stripLikePython(text) === '' ? [] : [`${capitalize(message.role)}: ${text}`];
  });
  const formatted = lines.join('\n');
  return doContinue ? formatted : `${formatted}\nAssistant:`;
}
