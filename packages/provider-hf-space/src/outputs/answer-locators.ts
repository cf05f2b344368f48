import type { AnswerLocator } from '../gradio/answer-tracker.js';

/** The first output: a Space whose output is one growing string. */
export const firstOutput: AnswerLocator = () => [0];

/** The reply of the last turn of a tuple Chatbot (`[[user, reply], ...]`) at output `index`. */
export function lastChatReply(index: number): AnswerLocator {
  return (outputs) => {
    const chat = outputs[index];
    return Array.isArray(chat) && chat.length > 0 ? [index, chat.length - 1, 1] : undefined;
  };
}

interface ChatMessage {
  role?: string;
  metadata?: { title?: string | null } | null;
}

function lastAssistant(index: number, thought: boolean): AnswerLocator {
  return (outputs) => {
    const chat = outputs[index];
    if (!Array.isArray(chat)) return undefined;
    const messages = chat as ChatMessage[];
    for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'assistant'; i--) {
      const titled = typeof messages[i]?.metadata?.title === 'string';
      if (titled === thought) return [index, i, 'content'];
    }
    return undefined;
  };
}

/** The answer of a messages Chatbot at output `index`: its last assistant message without a title. */
export function lastAssistantMessage(index: number): AnswerLocator {
  return lastAssistant(index, false);
}

/** The thinking of a messages Chatbot: the last titled assistant message of the turn (Gradio's thoughts). */
export function lastThought(index: number): AnswerLocator {
  return lastAssistant(index, true);
}
