import { redactSecrets, UnreadableAnswerError, type ImagePart, type StreamPart } from '@g4f/core';
import type { GradioEdit } from './apply-diff.js';
import { AnswerTracker, valueAt, type AnswerLocator, type AnswerText, type ReasoningStatus, type ReasoningStatusReader } from './answer-tracker.js';
import { imagePartFor } from './file-url.js';

/** Where an endpoint's answer is in its outputs. */
export interface OutputLayout {
  /** Where the answer's text is. Default: nowhere (an image endpoint). */
  locateAnswer?: AnswerLocator | undefined;
  /** The answer in the text at `locateAnswer`, where the Space shows more there. Default: all of it. */
  answerText?: AnswerText | undefined;
  /** Where the model's thinking is, streamed as reasoning parts. Default: nowhere. */
  locateReasoning?: AnswerLocator | undefined;
  /** The thinking's status (title, done), streamed as reasoning-status parts. Default: none. */
  readReasoningStatus?: ReasoningStatusReader | undefined;
  /** The image files among the outputs: previews while generating, the result at the end. Default: none. */
  readImages?: ((outputs: readonly unknown[]) => unknown[]) | undefined;
  /** The alt text of image parts (the prompt). */
  imageAlt?: string | undefined;
}

/** Who is reading, for errors: the provider and the endpoint's name. */
export interface OutputContext {
  provider: string;
  apiName: string;
  /** The Space's API, against whose root file paths resolve (known once its first request answered). */
  api: { readonly url: string };
}

const nowhere: AnswerLocator = () => undefined;
const SHAPE_LIMIT = 300;

/**
 * Turns one prediction's outputs into parts: text and reasoning deltas, thinking status, preview
 * images while the Space draws and the final images at the end. Output it cannot read is an
 * `UnreadableAnswerError` showing what arrived, never an empty success.
 */
export class OutputReader {
  /** The answer's text so far. */
  readonly answer: AnswerTracker;
  private readonly thinking: AnswerTracker;
  private status: ReasoningStatus | undefined;
  private readonly shown = new Set<string>();
  // The newest image shown while the Space works, passed on once a newer one comes: a Space's
  // last update while it works is often its result, which should come once, as the final image.
  private pending: ImagePart | undefined;

  constructor(
    private readonly layout: OutputLayout,
    private readonly context: OutputContext,
  ) {
    this.answer = new AnswerTracker(layout.locateAnswer ?? nowhere, layout.answerText);
    this.thinking = new AnswerTracker(layout.locateReasoning ?? nowhere);
  }

  /** The parts for outputs that arrived whole while the Space works. */
  fromOutputs(outputs: readonly unknown[]): StreamPart[] {
    return this.while(outputs, this.answer.fromOutputs(outputs), () => this.thinking.fromOutputs(outputs));
  }

  /** The parts for outputs changed by `edits` while the Space works. */
  fromEdits(outputs: readonly unknown[], edits: readonly (readonly GradioEdit[])[]): StreamPart[] {
    return this.while(outputs, this.answer.fromEdits(outputs, edits), () => this.thinking.fromEdits(outputs, edits));
  }

  // The parts while the Space works: thinking first, then the answer's, then previews. Each
  // event of a long answer passes here, so what a Space's layout lacks costs nothing.
  private while(outputs: readonly unknown[], answerParts: StreamPart[], thinkingParts: () => StreamPart[]): StreamPart[] {
    const { locateReasoning, readReasoningStatus, readImages } = this.layout;
    if (locateReasoning === undefined && readReasoningStatus === undefined && readImages === undefined) return answerParts;
    return [...this.statusParts(outputs), ...asReasoning(thinkingParts()), ...answerParts, ...this.previewParts(outputs)];
  }

  /** The parts for the final outputs: the rest of the text, then the final images. */
  complete(outputs: readonly unknown[]): StreamPart[] {
    this.checkAnswer(outputs);
    const images = this.images(outputs);
    const pending = this.pending !== undefined && !images.some((image) => image.url === this.pending?.url) ? [this.pending] : [];
    return [...this.statusParts(outputs), ...asReasoning(this.thinking.fromOutputs(outputs)), ...this.answer.fromOutputs(outputs), ...pending, ...images];
  }

  private statusParts(outputs: readonly unknown[]): StreamPart[] {
    const next = this.layout.readReasoningStatus?.(outputs);
    if (next === undefined || (next.status === this.status?.status && next.done === this.status.done)) return [];
    this.status = next;
    return [{ type: 'reasoning-status', status: next.status, done: next.done }];
  }

  // A new image shown while the Space works is a preview (the same file again is not news),
  // passed on when the next one comes.
  private previewParts(outputs: readonly unknown[]): ImagePart[] {
    const ready: ImagePart[] = [];
    for (const image of this.images(outputs, false)) {
      if (this.shown.has(image.url)) continue;
      this.shown.add(image.url);
      if (this.pending !== undefined) ready.push(this.pending);
      this.pending = { ...image, preview: true };
    }
    return ready;
  }

  private images(outputs: readonly unknown[], strict = true): ImagePart[] {
    const files = this.layout.readImages?.(outputs) ?? [];
    return files.flatMap((file) => {
      const image = imagePartFor(file, this.context.api.url, this.layout.imageAlt);
      if (image === undefined && strict) throw this.unreadable(outputs, 'an image file (a path or a URL)');
      return image === undefined ? [] : [image];
    });
  }

  // The answer's place must hold text (or null: a Space that answered nothing).
  private checkAnswer(outputs: readonly unknown[]): void {
    if (this.layout.locateAnswer === undefined) return;
    const path = this.layout.locateAnswer(outputs);
    const value = path === undefined ? undefined : valueAt(outputs, path);
    if (typeof value !== 'string' && value !== null) throw this.unreadable(outputs, 'the answer\'s text');
  }

  private unreadable(outputs: readonly unknown[], expected: string): UnreadableAnswerError {
    const { provider, apiName } = this.context;
    const json = JSON.stringify(outputs) as string | undefined;
    const shape = redactSecrets(json ?? String(outputs));
    const cut = shape.length > SHAPE_LIMIT ? `${shape.slice(0, SHAPE_LIMIT)}…` : shape;
    return new UnreadableAnswerError(
      `the Space's /${apiName} answered, but not in the shape ${provider} reads (it looked for ${expected}); it sent ${cut}. The Space changed, or the base URL points at another Space: the provider needs an update.`,
      cut,
      { provider, partialText: this.answer.text },
    );
  }
}

// The thinking streams as reasoning; a rewritten thought starts a new line of it.
function asReasoning(parts: StreamPart[]): StreamPart[] {
  return parts.map((part) => ({ type: 'reasoning-delta', text: typeof part === 'string' ? part : `\n${part.type === 'text-replace' ? part.text : ''}` }));
}
