import { UnsupportedFunctionalityError, type LanguageModelV3FilePart, type LanguageModelV3Prompt } from '@ai-sdk/provider';
import { imageExtension, type MediaItem, type Message } from '@g4f/core';

/** A prompt in g4f's terms: the conversation's text, and its images in order for the Space's image input. */
export interface G4FPrompt {
  messages: Message[];
  media: MediaItem[];
}

// The AI SDK gives files as bytes, base64 or a URL (downloaded by the SDK unless `supportedUrls` matches, and it matches none).
function imageBytes(part: LanguageModelV3FilePart): Uint8Array | string {
  const { data } = part;
  if (data instanceof Uint8Array) return data;
  if (typeof data === 'string') return `data:${part.mediaType};base64,${data}`;
  if (data.protocol === 'data:') return data.href;
  throw new UnsupportedFunctionalityError({ functionality: 'image URLs', message: `g4f does not download images itself; give the image's bytes, not ${data.href}.` });
}

function imageItem(part: LanguageModelV3FilePart): MediaItem {
  if (!part.mediaType.startsWith('image/')) {
    throw new UnsupportedFunctionalityError({ functionality: `${part.mediaType} files`, message: `Spaces take images only, not ${part.mediaType} files.` });
  }
  const extension = part.mediaType === 'image/*' ? 'png' : imageExtension(part.mediaType);
  return [imageBytes(part), part.filename ?? `image.${extension}`];
}

/** The SDK's error for anything about tools: `what` is what asked for them. */
export function toolsRefused(what: string): UnsupportedFunctionalityError {
  return new UnsupportedFunctionalityError({ functionality: 'tools', message: `${what}: no Space answers with tool calls, so g4f models take no tools.` });
}

/**
 * The AI SDK's prompt as g4f's messages: system, user and assistant text; the user's images
 * become the Space's image input; the model's own reasoning and files stay out of the prompt.
 * Tool calls and results are refused with UnsupportedFunctionalityError.
 */
export function convertPrompt(prompt: LanguageModelV3Prompt): G4FPrompt {
  const messages: Message[] = [];
  const media: MediaItem[] = [];
  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        messages.push({ role: 'system', content: message.content });
        break;
      case 'user': {
        let text = '';
        for (const part of message.content) {
          if (part.type === 'text') text += part.text;
          else media.push(imageItem(part));
        }
        messages.push({ role: 'user', content: text });
        break;
      }
      case 'assistant': {
        let text = '';
        for (const part of message.content) {
          if (part.type === 'tool-call' || part.type === 'tool-result') throw toolsRefused('The prompt holds a tool call');
          if (part.type === 'text') text += part.text;
        }
        messages.push({ role: 'assistant', content: text });
        break;
      }
      case 'tool':
        throw toolsRefused('The prompt holds a tool result');
    }
  }
  return { messages, media };
}
