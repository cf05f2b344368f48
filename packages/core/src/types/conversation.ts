/** A value JSON can hold, so that a conversation survives `JSON.stringify` and `JSON.parse`. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * What a Space remembers of a conversation, as g4f's `JsonConversation`: the `finish` part of an
 * answer carries it, and the caller passes it back as `options.conversation` so that the next
 * call sends only the new message and the Space continues where it was. Plain JSON, so a server
 * or a command can keep it. `provider` names the provider that made it; every other provider
 * ignores it (a fallback chain hands it to all).
 */
export interface Conversation {
  /** The provider that made it: "CohereForAI_C4AI_Command". */
  readonly provider: string;
  /** What that provider needs to continue: a session hash, a conversation id, cookies. */
  readonly [key: string]: JsonValue;
}

/** The conversation of a call that `provider` made, or undefined when there is none or it is another provider's. */
export function conversationOf(provider: string, conversation: Conversation | undefined): Conversation | undefined {
  return conversation?.provider === provider ? conversation : undefined;
}
