import type { LanguageModelV3FinishReason, LanguageModelV3Usage, SharedV3ProviderMetadata } from '@ai-sdk/provider';
import { estimatePromptTokens, estimateTokens, type Messages, type ProgressPart, type StreamPart } from '@g4f/core';

/** Where the call waited in the Space's queue, as Gradio last told it. */
export interface QueuePosition {
  /** Place in the queue, 0 being next. */
  rank: number | undefined;
  /** How many requests waited. */
  queueSize: number | undefined;
  /** Gradio's estimate of seconds until the call started or ended. */
  eta: number | undefined;
}

/**
 * What a stream's parts say about the answer as a whole: who answered, its place in the queue,
 * how it ended and how many tokens it took (the provider's counts, else g4f's estimate).
 */
export class AnswerRecord {
  provider: string;
  model: string;
  queue: QueuePosition | undefined;
  reasoningStatus: string | undefined;
  private finishReason: 'stop' | 'length' | 'error' = 'stop';
  private reported: { promptTokens?: number; completionTokens?: number } = {};
  private answered = '';
  private reasoned = '';

  constructor(provider: string, model: string, private readonly messages: Messages) {
    this.provider = provider;
    this.model = model;
  }

  /** Notes what a part tells; the caller still maps the part itself. */
  observe(part: StreamPart): void {
    if (typeof part === 'string') {
      this.answered += part;
      return;
    }
    switch (part.type) {
      case 'provider-info':
        ({ provider: this.provider, model: this.model } = part);
        break;
      case 'progress':
        if (part.stage === 'queued') this.queue = queuePosition(part);
        break;
      case 'reasoning-delta':
        this.reasoned += part.text;
        break;
      case 'reasoning-status':
        this.reasoningStatus = part.status;
        break;
      case 'text-replace':
        this.answered = part.text;
        break;
      case 'usage':
        this.reported = part;
        break;
      case 'finish':
        this.finishReason = part.reason;
        break;
      case 'image':
        break;
    }
  }

  /** The answer's text so far, the last rewrite included. */
  get text(): string {
    return this.answered;
  }

  /** The thinking so far. */
  get reasoning(): string {
    return this.reasoned;
  }

  /** The call ended with an error. */
  failed(): void {
    this.finishReason = 'error';
  }

  finish(): LanguageModelV3FinishReason {
    return { unified: this.finishReason, raw: this.finishReason };
  }

  /** Token counts: the provider's, else estimated at four characters a token (`estimateTokens`), thinking counted apart. */
  usage(): LanguageModelV3Usage {
    const input = this.reported.promptTokens ?? estimatePromptTokens(this.messages);
    const text = estimateTokens(this.answered);
    const reasoning = estimateTokens(this.reasoned);
    const output = this.reported.completionTokens ?? text + reasoning;
    return {
      inputTokens: { total: input, noCache: input, cacheRead: undefined, cacheWrite: undefined },
      outputTokens: { total: output, text: this.reported.completionTokens === undefined ? text : undefined, reasoning: this.reported.completionTokens === undefined ? reasoning : undefined },
    };
  }

  /** `providerMetadata.g4f`: the provider and model that answered, and the queue position where it waited. */
  metadata(): SharedV3ProviderMetadata {
    const queue = this.queue === undefined ? {} : { queue: withoutUndefined(this.queue) };
    return { g4f: { provider: this.provider, model: this.model, ...queue } };
  }
}

function queuePosition(part: ProgressPart): QueuePosition {
  return { rank: part.rank, queueSize: part.queueSize, eta: part.eta };
}

// JSON metadata has no undefined.
function withoutUndefined(value: QueuePosition): Record<string, number> {
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => entry[1] !== undefined));
}
