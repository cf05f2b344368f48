import { getSystemPrompt, isSystemMessage, messageText, type Messages } from '@g4f/core';
import type { ChatFormat } from './space-description.js';

/** The conversation split as a Chatbot endpoint takes it: the turns before, and what the user says now. */
export interface ChatTurn {
  /** The history in the Chatbot's own format. */
  history: unknown[];
  /** The user's message since the last answer, the system prompt before it on the first turn. */
  text: string;
}

function inFormat(role: 'user' | 'assistant', text: string, format: ChatFormat): unknown {
  return format === 'typed-messages' ? { role, content: [{ type: 'text', text }] } : { role, content: text };
}

// Tuples pair each user message with the answer after it; a user message without one gets null.
function asTuples(messages: Messages): unknown[] {
  const pairs: [string | null, string | null][] = [];
  for (const message of messages) {
    const text = messageText(message.content);
    const last = pairs.at(-1);
    if (message.role === 'user' || last === undefined || last[1] !== null) pairs.push(message.role === 'user' ? [text, null] : [null, text]);
    else last[1] = text;
  }
  return pairs;
}

/**
 * The conversation for an endpoint that takes a Chatbot's history: the turns before the trailing
 * user messages in `format`, and those messages as the text. System messages are no turns of a
 * Chatbot; their text goes before the user's on the first turn.
 */
export function chatTurn(messages: Messages, format: ChatFormat): ChatTurn {
  const turns = messages.filter((message) => !isSystemMessage(message));
  const start = turns.findLastIndex((message) => message.role !== 'user') + 1;
  const before = turns.slice(0, start);
  const said = turns
    .slice(start)
    .map((message) => messageText(message.content))
    .join('\n');
  const system = getSystemPrompt(messages);
  const text = before.length === 0 && system !== '' ? `${system}\n\n${said}` : said;
  if (format === 'tuples') return { history: asTuples(before), text };
  return { history: before.map((message) => inFormat(message.role === 'user' ? 'user' : 'assistant', messageText(message.content), format)), text };
}
