/** The roles of OpenAI's chat API; `developer` is its newer name for `system`. */
export const ROLES = ['system', 'developer', 'user', 'assistant'] as const;

/** Who wrote a message, as in OpenAI's chat API. */
export type Role = (typeof ROLES)[number];

/** A text piece of a message's content. */
export interface TextContentPart {
  /** Marks text. */
  type: 'text';
  /** The text. */
  text: string;
}

/** An image piece of a message's content: a `data:` URI or a file path (remote URLs are not fetched). */
export interface ImageContentPart {
  /** Marks an image. */
  type: 'image_url';
  /** The image's `url` (a `data:` URI or a file path) and OpenAI's `detail`, which Spaces ignore. */
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

/** An audio piece of a message's content, as OpenAI's `input_audio`: base64 data and its format ("wav", "mp3"). */
export interface AudioContentPart {
  /** Marks audio. */
  type: 'input_audio';
  /** The audio as base64 `data` and its `format`. */
  input_audio: { data: string; format: string };
}

/** One piece of OpenAI-style message content. */
export type ContentPart = TextContentPart | ImageContentPart | AudioContentPart;

/** One chat message: plain text, or OpenAI-style parts with text, images and audio. */
export interface Message {
  /** Who wrote it. */
  role: Role;
  /** What it says: a string, or parts with text, images and audio. */
  content: string | readonly ContentPart[];
}

/** A conversation, oldest message first. */
export type Messages = readonly Message[];
