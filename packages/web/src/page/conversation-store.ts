/** One turn of a conversation as the page keeps it. */
export interface StoredMessage {
  role: 'user' | 'assistant';
  content: string;
  /** The model's thinking, shown folded. */
  reasoning?: string;
  /** Images the user attached, as data: URIs. */
  images?: string[];
  /** Why the answer ended early (stopped, or an error), shown under it. */
  note?: string;
}

/** A conversation kept in this browser. */
export interface StoredConversation {
  id: string;
  title: string;
  model: string;
  messages: StoredMessage[];
  /** What the Space remembers of it (the server's `conversation`), sent back with the next message. */
  spaceConversation?: unknown;
  updated: number;
}

const KEY = 'g4f.conversations';

/** The conversations kept in localStorage, newest first. */
export class ConversationStore {
  private conversations: StoredConversation[] = load();

  list(): readonly StoredConversation[] {
    return [...this.conversations].sort((a, b) => b.updated - a.updated);
  }

  get(id: string): StoredConversation | undefined {
    return this.conversations.find((conversation) => conversation.id === id);
  }

  create(model: string): StoredConversation {
    const conversation: StoredConversation = { id: crypto.randomUUID(), title: 'New chat', model, messages: [], updated: Date.now() };
    this.conversations.push(conversation);
    return conversation;
  }

  delete(id: string): void {
    this.conversations = this.conversations.filter((conversation) => conversation.id !== id);
    this.save();
  }

  /** Writes every conversation; when the browser's storage is full, without the oldest images. */
  save(): void {
    for (const conversation of this.conversations) if (conversation.messages.length > 0) conversation.title = titleOf(conversation);
    const kept = this.conversations.filter((conversation) => conversation.messages.length > 0);
    try {
      localStorage.setItem(KEY, JSON.stringify(kept));
    } catch {
      // Images fill the few megabytes a page may keep; the text matters more.
      localStorage.setItem(KEY, JSON.stringify(kept.map((conversation) => ({ ...conversation, messages: conversation.messages.map((message) => ({ ...message, images: undefined })) }))));
    }
  }
}

function titleOf(conversation: StoredConversation): string {
  const first = conversation.messages.find((message) => message.role === 'user')?.content.trim() ?? '';
  return first === '' ? 'Image' : first.slice(0, 60);
}

function load(): StoredConversation[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as StoredConversation[]) : [];
  } catch {
    return [];
  }
}
