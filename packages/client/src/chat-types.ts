import type { CallOptions, Message } from '@g4f/core';

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
  /**
   * A model name, alias, g4f id or provider name; '' for the registry's default (its vision
   * default when a message carries an image, or the named provider's default).
   */
  model: string;
  /** The conversation; images as `image_url` parts (data: URIs or file paths). */
  messages: readonly Message[];
  /** Stream chunks instead of one completion. Default: false. */
  stream?: boolean | undefined;
  /** A provider (or its name) to use instead of finding one by model. Default: the client's. */
  provider?: string | undefined;
  /** Cancels the request; the connection to the Space is closed. */
  signal?: AbortSignal | undefined;
  /** Sampling temperature, where the model takes one. Default: the provider's. */
  temperature?: number | undefined;
  /** The most tokens to generate, where the model takes a limit. Default: the provider's. */
  max_tokens?: number | undefined;
  /** Sequences that end the answer, where the model takes them. Default: none. */
  stop?: string | readonly string[] | undefined;
  /** A fixed seed for reproducible answers and images. Default: a random one. */
  seed?: number | undefined;
  /** Settings of particular providers, by name (a g4f addition): `{ StabilityAI_SD35Large: { width: 512 } }`. */
  provider_options?: CallOptions['providerOptions'];
}
