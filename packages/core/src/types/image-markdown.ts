import type { ImagePart } from './stream-part.js';

/** An image part as it stands in an answer's text: a Markdown image on its own line, as g4f writes one. */
export function imageMarkdown(part: ImagePart): string {
  return `\n![${part.alt ?? 'image'}](${part.url})\n`;
}
