/** One turn of a conversation as the page keeps it. */
export interface StoredMessage {
  role: 'user' | 'assistant';
  content: string;
  /** The model's thinking, shown folded. */
  reasoning?: string;
  /** Images the user attached, as data: URIs. */
  images?: string[];
  /** Audio files the user attached. */
  audio?: StoredAudio[];
  /** Why the answer ended early (stopped, or an error), shown under it. */
  note?: string;
}

/** An audio file attached to a message. */
export interface StoredAudio {
  /** The file's name, shown on its chip. */
  name: string;
  /** Its format as OpenAI's `input_audio` names it: "wav", "mp3", ... */
  format: string;
  /** The bytes in base64; absent when they did not fit in the browser's storage. */
  data?: string;
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

/** Audio files larger than this (in bytes) are not kept: a browser keeps about 5 MB a site in localStorage. */
const MAX_KEPT_AUDIO_BYTES = 1024 * 1024;

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

  /**
   * Writes every conversation, without the bytes of long audio (their chips stay and say so); when
   * the browser's storage is full, without any audio's bytes, then without the images too: the
   * text matters more.
   */
  save(): void {
    for (const conversation of this.conversations) if (conversation.messages.length > 0) conversation.title = titleOf(conversation);
    const kept = this.conversations.filter((conversation) => conversation.messages.length > 0);
    if (tryToWrite(kept.map((conversation) => withMessages(conversation, (message) => withoutAudioBytes(message, MAX_KEPT_AUDIO_BYTES))))) return;
    if (tryToWrite(kept.map((conversation) => withMessages(conversation, withoutAudioBytes)))) return;
    localStorage.setItem(KEY, JSON.stringify(kept.map((conversation) => withMessages(conversation, withoutMedia))));
  }
}

/** Writes the conversations; false when the browser's storage is full. */
function tryToWrite(conversations: StoredConversation[]): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(conversations));
    return true;
  } catch {
    return false;
  }
}

function withMessages(conversation: StoredConversation, change: (message: StoredMessage) => StoredMessage): StoredConversation {
  return { ...conversation, messages: conversation.messages.map((message) => change(message)) };
}

/** The message without the bytes of its audio files larger than `largerThan` bytes (by default, all). */
function withoutAudioBytes(message: StoredMessage, largerThan = 0): StoredMessage {
  if (message.audio === undefined) return message;
  // Base64 takes 4 characters for 3 bytes.
  return { ...message, audio: message.audio.map((audio) => (((audio.data?.length ?? 0) * 3) / 4 > largerThan ? { name: audio.name, format: audio.format } : audio)) };
}

function withoutMedia(message: StoredMessage): StoredMessage {
  const slim = withoutAudioBytes(message);
  return slim.images === undefined ? slim : { ...slim, images: [] };
}

function titleOf(conversation: StoredConversation): string {
  const first = conversation.messages.find((message) => message.role === 'user');
  const text = first?.content.trim() ?? '';
  if (text !== '') return text.slice(0, 60);
  return first?.audio?.[0]?.name ?? 'Image';
}

function load(): StoredConversation[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? (stored as StoredConversation[]) : [];
  } catch {
    return [];
  }
}
