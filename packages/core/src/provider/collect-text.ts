import { imageMarkdown } from '../types/image-markdown.js';
import type { StreamPart } from '../types/stream-part.js';

/** Reads a stream to its end and returns the answer's text (a `text-replace` resets it; final images come as Markdown, previews not). */
export async function collectText(stream: AsyncIterable<StreamPart>): Promise<string> {
  const pieces: string[] = [];
  for await (const part of stream) {
    if (typeof part === 'string') pieces.push(part);
    else if (part.type === 'text-replace') pieces.splice(0, pieces.length, part.text);
    else if (part.type === 'image' && part.preview !== true) pieces.push(imageMarkdown(part));
  }
  return pieces.join('');
}
