import type { CallOptions, Conversation, MediaInput, MediaList, Message, ProgressPart } from '@g4f/core';

/** Why a completion ended, as OpenAI names it: the answer was done or met a stop sequence, or reached `max_tokens`. */
export type FinishReason = 'stop' | 'length' | 'content_filter';

/**
 * Token counts. Spaces report none, so they are estimated (`estimateTokens` from `@g4f/core`: four
 * characters a token; the prompt's text, the answer's text and thinking) unless a provider reports them.
 */
export interface CompletionUsage {
  /** Tokens of the prompt. */
  prompt_tokens: number;
  /** Tokens of the answer and its thinking. */
  completion_tokens: number;
  /** The two added. */
  total_tokens: number;
}

/** The answer of a completion, as OpenAI's `ChatCompletionMessage`. */
export interface ChatCompletionMessage {
  /** Always the assistant. */
  role: 'assistant';
  /** The answer's text; generated images as Markdown images. */
  content: string;
  /** Always null: Spaces do not refuse in OpenAI's way. */
  refusal: null;
  /** The model's thinking (a g4f addition). */
  reasoning_content?: string;
}

/** A whole answer, shaped like OpenAI's `ChatCompletion`. */
export interface ChatCompletion {
  /** An id made here: "chatcmpl-...". */
  id: string;
  /** Always "chat.completion". */
  object: 'chat.completion';
  /** When it was made, in seconds since 1970. */
  created: number;
  /** The model that answered, resolved. */
  model: string;
  /** The provider that answered (a g4f addition). */
  provider: string;
  /** One choice: Spaces answer once a call. */
  choices: {
    index: number;
    message: ChatCompletionMessage;
    finish_reason: FinishReason;
    logprobs: null;
  }[];
  /** The token counts, estimated where the Space reports none. */
  usage: CompletionUsage;
  /**
   * What the Space remembers of this conversation, where it keeps one (a g4f addition, as g4f's
   * `conversation`): pass it back as the next request's `conversation`, and the Space continues.
   */
  conversation?: Conversation;
}

/** One piece of a streamed answer, shaped like OpenAI's `ChatCompletionChunk`. */
export interface ChatCompletionChunk {
  /** The stream's id, the same on every chunk. */
  id: string;
  /** Always "chat.completion.chunk". */
  object: 'chat.completion.chunk';
  /** When the stream started, in seconds since 1970. */
  created: number;
  /** The model that answers, resolved. */
  model: string;
  /** The provider that answers (a g4f addition). */
  provider?: string;
  /** The new piece of the answer (none on the usage chunk). */
  choices: {
    index: number;
    delta: { role?: 'assistant'; content?: string; reasoning_content?: string };
    finish_reason: FinishReason | null;
    logprobs: null;
  }[];
  /** With `stream_options: { include_usage: true }`: null on every chunk but the last, which has no choices. */
  usage?: CompletionUsage | null;
  /** On the chunk with the finish reason: the conversation the Space keeps, as `ChatCompletion.conversation`. */
  conversation?: Conversation;
}

/** The request of `chat.completions.create`, as in OpenAI's API plus g4f's options. */
export interface ChatCompletionCreateParams {
  /**
   * A model name, alias, g4f id or provider name; '' for the registry's default (its vision
   * default when a message carries an image, or the named provider's default).
   */
  model: string;
  /**
   * The conversation; images as `image_url` parts (data: URIs or file paths), audio as
   * `input_audio` parts (base64 data and its format), for models that take it. `developer` is a
   * system message; an assistant message's `content` may be null.
   */
  messages: readonly (Message | { role: 'assistant'; content: null })[];
  /** Stream chunks instead of one completion. Default: false. */
  stream?: boolean | null | undefined;
  /** With `include_usage: true` a streamed answer ends with a chunk carrying `usage` and no choices. */
  stream_options?: { include_usage?: boolean | null | undefined } | null | undefined;
  /** A provider (or its name) to use instead of finding one by model. Default: the client's. */
  provider?: string | undefined;
  /** Cancels the request; the connection to the Space is closed (so does `create`'s `{ signal }`). */
  signal?: AbortSignal | undefined;
  /** Sampling temperature, where the model takes one. Default: the provider's. */
  temperature?: number | null | undefined;
  /** The most tokens of answer (and thinking), estimated; the answer then ends with `finish_reason: "length"`. Default: no limit. */
  max_completion_tokens?: number | null | undefined;
  /** The older name of `max_completion_tokens`. */
  max_tokens?: number | null | undefined;
  /** Sequences that end the answer (`finish_reason: "stop"`), left out of it. Default: none. */
  stop?: string | readonly string[] | null | undefined;
  /** A fixed seed for reproducible answers and images. Default: a random one. */
  seed?: number | null | undefined;
  /** How many answers: only 1 is served (a Space answers once a call). */
  n?: number | null | undefined;
  /** Settings of particular providers, by name (a g4f addition): `{ StabilityAI_SD35Large: { width: 512 } }`. */
  provider_options?: CallOptions['providerOptions'];
  /**
   * The `conversation` an earlier completion gave (g4f's `conversation`): the Space that made it
   * continues what it remembers, and only the new message is sent. Default: none.
   */
  conversation?: Conversation | undefined;
  /** A Hugging Face token for this call, instead of the client's (g4f's `api_key`). */
  api_key?: string | undefined;
  /** An HTTP(S) proxy for this call, instead of the client's (g4f's `proxy`). */
  proxy?: string | undefined;
  /** An image to send with the conversation (g4f's `image`): bytes, a Blob, a data: URI or a file path. */
  image?: MediaInput | undefined;
  /** The file name to upload `image` under (g4f's `image_name`). */
  image_name?: string | undefined;
  /** Images to send with the conversation, as `[media, filename?]` pairs (g4f's `media`). */
  media?: MediaList | undefined;
}

/** Options of one request, as the `openai` package's second argument of `create`. */
export interface RequestOptions {
  /** Cancels the request. */
  signal?: AbortSignal | undefined;
  /** Milliseconds the whole request may take. Default: the client's, else the provider's. */
  timeout?: number | undefined;
  /** Called with where the request is before the answer starts (a Space waking, the queue's place and ETA), which chunks leave out. */
  onProgress?: ((progress: ProgressPart) => void) | undefined;
}
