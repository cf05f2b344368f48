import type { Message } from '../types/message.js';

/** The text of a message's content: its string, or its text parts joined as they are (as g4f's to_string). */
export function messageText(content: Message['content']): string {
  if (typeof content === 'string') return content;
  return content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');
}
