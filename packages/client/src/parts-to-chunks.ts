import { randomBytes } from 'node:crypto';
import { imageMarkdown, type StreamPart } from '@g4f/core';
import type { ChatCompletionChunk } from './chat-types.js';

/** What every chunk of one answer shares, until a `provider-info` part names who answers. */
export interface ChunkContext {
  model: string;
  provider: string;
}

/** A fresh OpenAI-style completion id. */
export function completionId(): string {
  return `chatcmpl-${randomBytes(12).toString('hex')}`;
}

/** The text a part adds to the answer's content: text, a rewrite on a new line, a final image as Markdown. */
function contentOf(part: StreamPart): string | undefined {
  if (typeof part === 'string') return part === '' ? undefined : part;
  if (part.type === 'text-replace') return `\n${part.text}`;
  // A preview is superseded by the final image; only that one belongs to the answer.
  if (part.type === 'image' && part.preview !== true) return imageMarkdown(part);
  return undefined;
}

/**
 * Turns a provider's parts into OpenAI chunks: text and images as `content`, thinking as
 * `reasoning_content`, and a last chunk with `finish_reason: "stop"`. Progress is left out.
 */
export async function* partsToChunks(parts: AsyncIterable<StreamPart>, context: ChunkContext): AsyncGenerator<ChatCompletionChunk> {
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  let { provider, model } = context;
  let first = true;
  const chunk = (delta: ChatCompletionChunk['choices'][number]['delta'], finish: 'stop' | null = null): ChatCompletionChunk => {
    const withRole = first ? { role: 'assistant' as const, ...delta } : delta;
    first = false;
    return { id, object: 'chat.completion.chunk', created, model, provider, choices: [{ index: 0, delta: withRole, finish_reason: finish, logprobs: null }] };
  };
  for await (const part of parts) {
    if (typeof part === 'object' && part.type === 'provider-info') ({ provider, model } = part);
    if (typeof part === 'object' && part.type === 'reasoning-delta') yield chunk({ reasoning_content: part.text });
    const content = contentOf(part);
    if (content !== undefined) yield chunk({ content });
  }
  yield chunk({}, 'stop');
}
