import { getSystemPrompt, isSystemMessage, messageText, type Message, type Messages } from '@g4f/core';
import type { ChatFormat } from './space-description.js';

/** The conversation split as a Chatbot endpoint takes it: the turns before, and what the user says now. */
export interface ChatTurn {
  /** The history in the Chatbot's own format. */
  history: unknown[];
  /** The user's messages since the last answer, joined by line breaks. */
  text: string;
}

function inFormat(role: 'user' | 'assistant', text: string, format: ChatFormat): unknown {
  return format === 'typed-messages' ? { role, content: [{ type: 'text', text }] } : { role, content: text };
}

interface Turn {
  role: Message['role'];
  text: string;
}

// Tuples pair each user message with the answer after it; a user message without one gets null.
function asTuples(turns: readonly Turn[]): unknown[] {
  const pairs: [string | null, string | null][] = [];
  for (const { role, text } of turns) {
    const last = pairs.at(-1);
    if (role === 'user' || last === undefined || last[1] !== null) pairs.push(role === 'user' ? [text, null] : [null, text]);
    else last[1] = text;
  }
  return pairs;
}

/**
 * The conversation for an endpoint that takes a Chatbot's history: the turns before the trailing
 * user messages in `format`, and those messages as the text. System messages are no turns of a
 * Chatbot; their text goes before the first user message's.
 */
export function chatTurn(messages: Messages, format: ChatFormat): ChatTurn {
  const system = getSystemPrompt(messages);
  const turns = messages.filter((message) => !isSystemMessage(message)).map((message) => ({ role: message.role, text: messageText(message.content) }));
  const first = turns.find((turn) => turn.role === 'user');
  if (first !== undefined && system !== '') first.text = `${system}\n\n${first.text}`;
  const start = turns.findLastIndex((turn) => turn.role !== 'user') + 1;
  const before = turns.slice(0, start);
  const text = turns
    .slice(start)
    .map((turn) => turn.text)
    .join('\n');
  if (format === 'tuples') return { history: asTuples(before), text };
  return { history: before.map((turn) => inFormat(turn.role === 'user' ? 'user' : 'assistant', turn.text, format)), text };
}

/** The history with the user's turn added, as a `.then()` handler that answers into a Chatbot expects it. */
export function historyWithUserTurn(turn: ChatTurn, format: ChatFormat): unknown[] {
  if (format === 'tuples') return [...turn.history, [turn.text, null]];
  return [...turn.history, inFormat('user', turn.text, format)];
}
