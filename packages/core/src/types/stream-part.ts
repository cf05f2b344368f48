import type { Conversation } from './conversation.js';

/** Part of the model's thinking, shown apart from the answer. */
export interface ReasoningDeltaPart {
  /** Marks a piece of the thinking. */
  type: 'reasoning-delta';
  /** The thinking's new text, to append to what came before. */
  text: string;
}

/** What the thinking is doing now, as the Space titles it ("Thinking...", "End of Thought (3.2s)"). */
export interface ReasoningStatusPart {
  /** Marks the thinking's status. */
  type: 'reasoning-status';
  /** The status as the Space shows it. */
  status: string;
  /** Whether the thinking has ended. */
  done: boolean;
}

/**
 * The Space rewrote text it had already sent: `text` is the whole answer so far and replaces
 * everything streamed before it.
 */
export interface TextReplacePart {
  /** Marks a rewrite of the answer. */
  type: 'text-replace';
  /** The whole answer so far. */
  text: string;
}

/** Why the answer ended. */
export interface FinishPart {
  /** Marks the end of the stream; every stream ends with one. */
  type: 'finish';
  /** `stop`: the answer is complete (or reached a stop sequence); `length`: cut at `maxTokens`; `error`: it failed. */
  reason: 'stop' | 'length' | 'error';
  /** What the Space remembers of this conversation, to pass back as `options.conversation`; only where the provider keeps one. */
  conversation?: Conversation;
}

/** Token counts, where a provider reports them. */
export interface UsagePart {
  /** Marks token counts. */
  type: 'usage';
  /** Tokens of the prompt, as the provider counts them. */
  promptTokens?: number;
  /** Tokens of the answer, as the provider counts them. */
  completionTokens?: number;
}

/** An image the model generated, as a URL that can be downloaded. */
export interface ImagePart {
  /** Marks a generated image. */
  type: 'image';
  /** Where to download it (`provider.fetchFile(url)` goes through the same proxy). */
  url: string;
  /** Its MIME type, where the Space says it: "image/webp". */
  mediaType?: string;
  /** A text for it: the prompt it was drawn from. */
  alt?: string;
  /** An intermediate image the Space showed while drawing; the final image(s) come later without it. */
  preview?: boolean;
}

/** Which provider and model answer; a fallback chain sends one per provider it tries. */
export interface ProviderInfoPart {
  /** Marks which provider answers. */
  type: 'provider-info';
  /** The provider's name: "Qwen_QVQ_72B". */
  provider: string;
  /** The model it was asked for, resolved: "qwen-qvq-72b-preview". */
  model: string;
  /** The provider's name for people: "Qwen QVQ-72B". */
  label: string;
}

/**
 * Where the request is before the answer starts: the app waking up, building or starting (a
 * sleeping Space), uploading, waiting in the queue, started.
 */
export interface ProgressPart {
  /** Marks progress before the answer. */
  type: 'progress';
  /** Where the request is now. */
  stage: 'waking' | 'building' | 'starting' | 'uploading' | 'queued' | 'processing';
  /** Place in the queue, 0 being next, when queued. */
  rank?: number;
  /** How many requests wait in the queue. */
  queueSize?: number;
  /** The server's estimate of seconds until this request starts or ends. */
  eta?: number;
}

/** The typed parts of a stream, one union discriminated by `type`. */
export type TypedStreamPart =
  | ReasoningDeltaPart
  | ReasoningStatusPart
  | TextReplacePart
  | FinishPart
  | UsagePart
  | ImagePart
  | ProviderInfoPart
  | ProgressPart;

/** What a provider streams: a plain string is a delta of the answer's text. */
export type StreamPart = string | TypedStreamPart;

/** Whether a part carries some of the answer itself (as opposed to progress or metadata). */
export function isContentPart(part: StreamPart): boolean {
  if (typeof part === 'string') return part.length > 0;
  return part.type === 'reasoning-delta' || part.type === 'text-replace' || part.type === 'image';
}
