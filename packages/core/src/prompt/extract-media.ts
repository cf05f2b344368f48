import type { MediaList } from '../types/media.js';
import type { Messages } from '../types/message.js';

/** The images of OpenAI-style `image_url` parts in the messages, in order, as a MediaList. */
export function extractMedia(messages: Messages): MediaList {
  return messages.flatMap((message) =>
    typeof message.content === 'string'
      ? []
      : message.content.flatMap((part) => (part.type === 'image_url' ? [[part.image_url.url] as const] : [])),
  );
}
