import type { AttachmentKind } from './attachments.js';
import type { StoredMessage } from './conversation-store.js';

/**
 * The conversation as the server takes it: images as `image_url` parts, audio as OpenAI's
 * `input_audio` parts (base64 data and format), failed answers left out. Earlier messages go
 * without the kinds the model takes none of (the conversation may have begun with another model),
 * and without audio whose bytes this browser did not keep; the new message keeps all of its own.
 */
export function requestMessages(messages: readonly StoredMessage[], takes: (kind: AttachmentKind) => boolean): object[] {
  const last = messages.length - 1;
  return messages
    .filter((message) => message.role === 'user' || message.content !== '')
    .map((message) => {
      const isNew = message === messages[last];
      const images = isNew || takes('image') ? (message.images ?? []) : [];
      const audio = isNew || takes('audio') ? (message.audio ?? []) : [];
      const parts = [
        ...images.map((url) => ({ type: 'image_url', image_url: { url } })),
        ...audio.flatMap(({ data, format }) => (data === undefined ? [] : [{ type: 'input_audio', input_audio: { data, format } }])),
      ];
      return parts.length === 0 ? { role: message.role, content: message.content } : { role: message.role, content: [{ type: 'text', text: message.content }, ...parts] };
    });
}
