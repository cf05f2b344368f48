import { conversationOf, InvalidRequestError, type Conversation } from '@g4f/core';
import type { ChatUiConversation } from './chat-ui-session.js';

/** A chat-ui conversation as the `conversation` of a `finish` part, to pass back in `options.conversation`. */
export function toConversation(provider: string, conversation: ChatUiConversation): Conversation {
  return { provider, ...conversation };
}

/**
 * The chat-ui conversation a call continues: the caller's `options.conversation` where this
 * provider made it, checked; undefined for none or another provider's. A broken one is the
 * caller's mistake, and says so.
 */
export function fromConversation(provider: string, conversation: Conversation | undefined): ChatUiConversation | undefined {
  const own = conversationOf(provider, conversation);
  if (own === undefined) return undefined;
  const { conversationId, model, preprompt, cookies } = own;
  const cookiesOk = typeof cookies === 'object' && cookies !== null && !Array.isArray(cookies) && Object.values(cookies).every((value) => typeof value === 'string');
  if (typeof conversationId !== 'string' || !/^[\w-]+$/.test(conversationId) || typeof model !== 'string' || typeof preprompt !== 'string' || !cookiesOk) {
    throw new InvalidRequestError(
      `options.conversation is not one ${provider} made: it needs conversationId, model, preprompt and cookies as the last answer's finish part gave them. Pass that value unchanged, or none to start anew.`,
      { provider },
    );
  }
  return { conversationId, model, preprompt, cookies: cookies as Record<string, string> };
}
