import { randomBytes } from 'node:crypto';
import { estimatePromptTokens, estimateTokens, imageMarkdown, type Conversation, type Messages, type ProgressPart, type StreamPart } from '@g4f/core';
import type { ChatCompletionChunk, CompletionUsage, FinishReason } from './chat-types.js';

/** What every chunk of one answer shares, until a `provider-info` part names who answers. */
export interface ChunkContext {
  model: string;
  provider: string;
  /** The conversation, whose tokens are estimated for `usage`. */
  messages: Messages;
  /** End with a chunk that carries `usage` and no choices (and `usage: null` on the others), as OpenAI's `include_usage`. */
  includeUsage: boolean;
  /** Told each progress part, which no chunk carries. */
  onProgress?: ((progress: ProgressPart) => void) | undefined;
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
 * `reasoning_content`, a chunk with the finish reason (`length` at `max_tokens`, otherwise
 * `stop`) and the conversation the Space keeps, if any, and with `includeUsage` one more with the usage: the provider's counts, or estimates.
 * Progress is left out of the chunks; `onProgress` is told it.
 */
export async function* partsToChunks(parts: AsyncIterable<StreamPart>, context: ChunkContext): AsyncGenerator<ChatCompletionChunk> {
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  let { provider, model } = context;
  let first = true;
  let finishReason: FinishReason = 'stop';
  let conversation: Conversation | undefined;
  let answered = '';
  let reported: { promptTokens?: number; completionTokens?: number } = {};
  const usageField = context.includeUsage ? { usage: null } : {};
  const chunk = (delta: ChatCompletionChunk['choices'][number]['delta'], finish: FinishReason | null = null): ChatCompletionChunk => {
    const withRole = first ? { role: 'assistant' as const, ...delta } : delta;
    first = false;
    return { id, object: 'chat.completion.chunk', created, model, provider, choices: [{ index: 0, delta: withRole, finish_reason: finish, logprobs: null }], ...usageField };
  };
  for await (const part of parts) {
    if (typeof part === 'object' && part.type === 'provider-info') ({ provider, model } = part);
    if (typeof part === 'object' && part.type === 'finish') {
      finishReason = part.reason === 'length' ? 'length' : 'stop';
      ({ conversation } = part);
    }
    if (typeof part === 'object' && part.type === 'usage') reported = part;
    if (typeof part === 'object' && part.type === 'progress') context.onProgress?.(part);
    if (typeof part === 'object' && part.type === 'reasoning-delta') {
      answered += part.text;
      yield chunk({ reasoning_content: part.text });
    }
    const content = contentOf(part);
    if (content === undefined) continue;
    answered += content;
    yield chunk({ content });
  }
  yield conversation === undefined ? chunk({}, finishReason) : { ...chunk({}, finishReason), conversation };
  if (!context.includeUsage) return;
  const promptTokens = reported.promptTokens ?? estimatePromptTokens(context.messages);
  const completionTokens = reported.completionTokens ?? estimateTokens(answered);
  const usage: CompletionUsage = { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
  yield { id, object: 'chat.completion.chunk', created, model, provider, choices: [], usage };
}
