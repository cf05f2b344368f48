import type { Conversation } from './conversation.js';

/** Part of the model's thinking, shown apart from the answer. */
export interface ReasoningDeltaPart {
  type: 'reasoning-delta';
  text: string;
}

/** What the thinking is doing now, as the Space titles it ("Thinking...", "End of Thought (3.2s)"). */
export interface ReasoningStatusPart {
  type: 'reasoning-status';
  status: string;
  /** Whether the thinking has ended. */
  done: boolean;
}

/**
 * The Space rewrote text it had already sent: `text` is the whole answer so far and replaces
 * everything streamed before it.
 */
export interface TextReplacePart {
  type: 'text-replace';
  text: string;
}

/** Why the answer ended. */
export interface FinishPart {
  type: 'finish';
  reason: 'stop' | 'length' | 'error';
  /** What the Space remembers of this conversation, to pass back as `options.conversation`; only where the provider keeps one. */
  conversation?: Conversation;
}

/** Token counts, where a provider reports them. */
export interface UsagePart {
  type: 'usage';
  promptTokens?: number;
  completionTokens?: number;
}

/** An image the model generated, as a URL that can be downloaded. */
export interface ImagePart {
  type: 'image';
  url: string;
  mediaType?: string;
  alt?: string;
  /** An intermediate image the Space showed while drawing; the final image(s) come later without it. */
  preview?: boolean;
}

/** Which provider and model answer; a fallback chain sends one per provider it tries. */
export interface ProviderInfoPart {
  type: 'provider-info';
  provider: string;
  model: string;
  label: string;
}

/**
 * Where the request is before the answer starts: the app waking up, building or starting (a
 * sleeping Space), uploading, waiting in the queue, started.
 */
export interface ProgressPart {
  type: 'progress';
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
