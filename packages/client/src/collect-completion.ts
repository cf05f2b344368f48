import { InvalidRequestError, type Conversation } from '@g4f/core';
import type { ChatCompletion, ChatCompletionChunk, CompletionUsage, FinishReason } from './chat-types.js';

/** Reads a stream of chunks into one ChatCompletion: the content, the thinking, the finish reason, the usage and the conversation. */
export async function collectCompletion(chunks: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletion> {
  let content = '';
  let reasoning = '';
  let finishReason: FinishReason = 'stop';
  let usage: CompletionUsage = { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 };
  let last: ChatCompletionChunk | undefined;
  let conversation: Conversation | undefined;
  for await (const chunk of chunks) {
    const choice = chunk.choices[0];
    content += choice?.delta.content ?? '';
    reasoning += choice?.delta.reasoning_content ?? '';
    finishReason = choice?.finish_reason ?? finishReason;
    usage = chunk.usage ?? usage;
    conversation = chunk.conversation ?? conversation;
    last = chunk;
  }
  if (last === undefined) throw new InvalidRequestError('the provider gave no answer at all.');
  const message = { role: 'assistant' as const, content, refusal: null, ...(reasoning === '' ? {} : { reasoning_content: reasoning }) };
  return {
    id: last.id,
    object: 'chat.completion',
    created: last.created,
    model: last.model,
    provider: last.provider ?? '',
    choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
    usage,
    ...(conversation === undefined ? {} : { conversation }),
  };
}
