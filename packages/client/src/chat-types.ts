import type { Message } from '@g4f/core';

/** Why a completion ended, as OpenAI names it. */
export type FinishReason = 'stop' | 'length' | 'content_filter';

/** Token counts; Spaces do not report them, so they are 0 unless a provider says. */
export interface CompletionUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

/** A whole answer, shaped like OpenAI's `ChatCompletion`. */
export interface ChatCompletion {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  /** The provider that answered (a g4f addition). */
  provider: string;
  choices: {
    index: number;
    message: { role: 'assistant'; content: string; reasoning_content?: string };
    finish_reason: FinishReason;
    logprobs: null;
  }[];
  usage: CompletionUsage;
}

/** One piece of a streamed answer, shaped like OpenAI's `ChatCompletionChunk`. */
export interface ChatCompletionChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  /** The provider that answers (a g4f addition). */
  provider?: string;
  choices: {
    index: number;
    delta: { role?: 'assistant'; content?: string; reasoning_content?: string };
    finish_reason: FinishReason | null;
    logprobs: null;
  }[];
}

/** The request of `chat.completions.create`, as in OpenAI's API plus g4f's options. */
export interface ChatCompletionCreateParams {
  /** A model name or alias; '' for the provider's default. */
  model: string;
  /** The conversation; images as `image_url` parts (data: URIs or file paths). */
  messages: readonly Message[];
  /** Stream chunks instead of one completion. Default: false. */
  stream?: boolean | undefined;
  /** A provider (or its name) to use instead of finding one by model. Default: the client's. */
  provider?: string | undefined;
  /** Cancels the request; the connection to the Space is closed. */
  signal?: AbortSignal | undefined;
}
