import type { MediaList } from '../types/media.js';
import type { ContentPart, Messages } from '../types/message.js';

// OpenAI's audio formats name the file type; MP3's MIME type is audio/mpeg.
const audioMime = (format: string): string => (format === 'mp3' ? 'audio/mpeg' : `audio/${format}`);

function mediaOf(part: ContentPart): MediaList {
  if (part.type === 'image_url') return [[part.image_url.url]];
  if (part.type === 'input_audio') {
    const { data, format } = part.input_audio;
    return [[`data:${audioMime(format)};base64,${data}`, `audio.${format}`]];
  }
  return [];
}

/** The images and audio of OpenAI-style `image_url` and `input_audio` parts in the messages, in order, as a MediaList. */
export function extractMedia(messages: Messages): MediaList {
  return messages.flatMap((message) => (typeof message.content === 'string' ? [] : message.content.flatMap(mediaOf)));
}

/** Whether the messages carry audio (`input_audio` parts). */
export function hasAudioParts(messages: Messages): boolean {
  return messages.some((message) => typeof message.content !== 'string' && message.content.some((part) => part.type === 'input_audio'));
}
