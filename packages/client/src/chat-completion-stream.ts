import type { ChatCompletion, ChatCompletionChunk, ChatCompletionMessage, CompletionUsage, FinishReason } from './chat-types.js';
import { APIUserAbortError, toAPIError } from './errors/api-error.js';
import type { Stream } from './stream.js';
import { ndjsonReadableStream } from './ndjson-readable-stream.js';

/** The events of a ChatCompletionStream and their arguments, named as the `openai` package names them. */
export interface ChatCompletionStreamEvents {
  /** The answer started. */
  connect: [];
  /** A chunk arrived; the snapshot is the answer so far. */
  chunk: [chunk: ChatCompletionChunk, snapshot: ChatCompletion];
  /** New text, and the text so far. */
  content: [delta: string, snapshot: string];
  /** New text, as one object. */
  'content.delta': [event: { delta: string; snapshot: string; parsed: null }];
  /** The text is complete. */
  'content.done': [event: { content: string; parsed: null }];
  /** The answer's message is complete. */
  message: [message: ChatCompletionMessage];
  /** The whole answer is complete. */
  chatCompletion: [completion: ChatCompletion];
  /** The final text, once. */
  finalContent: [content: string];
  /** The final message, once. */
  finalMessage: [message: ChatCompletionMessage];
  /** The final answer, once. */
  finalChatCompletion: [completion: ChatCompletion];
  /** The answer's token counts, once. */
  totalUsage: [usage: CompletionUsage];
  /** The answer failed (an APIError). */
  error: [error: unknown];
  /** The request was aborted. */
  abort: [error: APIUserAbortError];
  /** The stream is over, whatever ended it. */
  end: [];
}

/** A function called with an event's arguments: `stream.on('content', (delta, snapshot) => ...)`. */
export type ChatCompletionStreamListener<E extends keyof ChatCompletionStreamEvents> = (...args: ChatCompletionStreamEvents[E]) => void;

/**
 * `chat.completions.stream()`: a streamed answer read for you, with events (`content`, `chunk`,
 * `finalChatCompletion`, `error`, `end`, ...), the final answer as promises, `abort()` and
 * `controller`; it can also be iterated for its chunks, once.
 */
export class ChatCompletionStream implements AsyncIterable<ChatCompletionChunk> {
  /** Aborts the request: the Space's job is cancelled, `abort` and `error` are emitted. */
  readonly controller = new AbortController();
  private readonly listeners = new Map<keyof ChatCompletionStreamEvents, { listener: (...args: never[]) => void; once: boolean }[]>();
  private snapshot: ChatCompletion | undefined;
  private readonly finished: Promise<ChatCompletion>;

  constructor(start: (signal: AbortSignal) => Promise<Stream<ChatCompletionChunk>>) {
    // Started on the next turn, so that listeners added right after construction see every event.
    this.finished = Promise.resolve().then(() => this.run(start));
    this.finished.catch(() => undefined);
  }

  /** The answer so far, as a ChatCompletion. */
  get currentChatCompletionSnapshot(): ChatCompletion | undefined {
    return this.snapshot;
  }

  /** Calls `listener` each time `event` is emitted. */
  on<E extends keyof ChatCompletionStreamEvents>(event: E, listener: ChatCompletionStreamListener<E>): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener: listener as (...args: never[]) => void, once: false }]);
    return this;
  }

  /** Calls `listener` the next time `event` is emitted, then forgets it. */
  once<E extends keyof ChatCompletionStreamEvents>(event: E, listener: ChatCompletionStreamListener<E>): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), { listener: listener as (...args: never[]) => void, once: true }]);
    return this;
  }

  /** Stops calling `listener` for `event`. */
  off<E extends keyof ChatCompletionStreamEvents>(event: E, listener: ChatCompletionStreamListener<E>): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((entry) => entry.listener !== listener));
    return this;
  }

  /** Resolves with the event's arguments the next time it is emitted. */
  emitted<E extends keyof ChatCompletionStreamEvents>(event: E): Promise<ChatCompletionStreamEvents[E]> {
    return new Promise((resolve, reject) => {
      if (event !== 'error') this.once('error', reject);
      this.once(event, (...args: ChatCompletionStreamEvents[E]) => {
        resolve(args);
      });
    });
  }

  /** Cancels the request. */
  abort(): void {
    this.controller.abort();
  }

  /** Resolves when the answer is complete; rejects with its error. */
  async done(): Promise<void> {
    await this.finished;
  }

  /** The whole answer as one ChatCompletion, once the stream ends; rejects with its error. */
  async finalChatCompletion(): Promise<ChatCompletion> {
    return this.finished;
  }

  /** The answer's message, once the stream ends. */
  async finalMessage(): Promise<ChatCompletionMessage> {
    return (await this.finished).choices[0]?.message ?? { role: 'assistant', content: '', refusal: null };
  }

  /** The answer's text, once the stream ends. */
  async finalContent(): Promise<string | null> {
    return (await this.finalMessage()).content;
  }

  /** The answer's token counts (estimated where the Space reports none), once the stream ends. */
  async totalUsage(): Promise<CompletionUsage> {
    return (await this.finished).usage;
  }

  /** The chunks as they arrive; leaving the loop early cancels the request. */
  async *[Symbol.asyncIterator](): AsyncGenerator<ChatCompletionChunk> {
    const queue: ChatCompletionChunk[] = [];
    let wake: (() => void) | undefined;
    const onChunk = (chunk: ChatCompletionChunk): void => {
      queue.push(chunk);
      wake?.();
    };
    this.on('chunk', onChunk);
    const ended = this.finished.then(() => undefined);
    const state = { over: false };
    void ended.finally(() => {
      state.over = true;
      wake?.();
    }).catch(() => undefined);
    try {
      for (;;) {
        const chunk = queue.shift();
        if (chunk !== undefined) {
          yield chunk;
          continue;
        }
        if (state.over) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      await ended;
    } finally {
      this.off('chunk', onChunk);
      // Leaving the loop early cancels the request, as with any stream.
      if (!state.over) this.abort();
    }
  }

  /** The chunks as newline-separated JSON bytes. */
  toReadableStream(): ReadableStream<Uint8Array> {
    return ndjsonReadableStream(this[Symbol.asyncIterator]());
  }

  private emit<E extends keyof ChatCompletionStreamEvents>(event: E, ...args: ChatCompletionStreamEvents[E]): void {
    const entries = this.listeners.get(event) ?? [];
    this.listeners.set(event, entries.filter((entry) => !entry.once));
    for (const { listener } of entries) (listener as ChatCompletionStreamListener<E>)(...args);
  }

  private async run(start: (signal: AbortSignal) => Promise<Stream<ChatCompletionChunk>>): Promise<ChatCompletion> {
    try {
      const stream = await start(this.controller.signal);
      this.emit('connect');
      for await (const chunk of stream) this.add(chunk);
      const completion = this.snapshot;
      if (completion === undefined) throw new Error('The stream ended before any chunk.');
      const [choice] = completion.choices;
      if (choice !== undefined) {
        this.emit('content.done', { content: choice.message.content, parsed: null });
        this.emit('message', choice.message);
        this.emit('finalContent', choice.message.content);
        this.emit('finalMessage', choice.message);
      }
      this.emit('chatCompletion', completion);
      this.emit('finalChatCompletion', completion);
      this.emit('totalUsage', completion.usage);
      return completion;
    } catch (caught) {
      const error = this.controller.signal.aborted && !(caught instanceof APIUserAbortError) ? new APIUserAbortError({ cause: caught }) : toAPIError(caught);
      if (error instanceof APIUserAbortError) this.emit('abort', error);
      this.emit('error', error);
      throw error;
    } finally {
      this.emit('end');
    }
  }

  /** Adds a chunk to the snapshot and emits what it brought. */
  private add(chunk: ChatCompletionChunk): void {
    const snapshot = (this.snapshot ??= {
      id: chunk.id,
      object: 'chat.completion',
      created: chunk.created,
      model: chunk.model,
      provider: chunk.provider ?? '',
      choices: [{ index: 0, message: { role: 'assistant', content: '', refusal: null }, finish_reason: 'stop', logprobs: null }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
    snapshot.model = chunk.model;
    snapshot.provider = chunk.provider ?? snapshot.provider;
    if (chunk.usage) snapshot.usage = chunk.usage;
    if (chunk.conversation !== undefined) snapshot.conversation = chunk.conversation;
    const choice = snapshot.choices[0];
    const delta = chunk.choices[0]?.delta;
    if (choice !== undefined && delta !== undefined) {
      if (delta.reasoning_content !== undefined) choice.message.reasoning_content = (choice.message.reasoning_content ?? '') + delta.reasoning_content;
      if (delta.content !== undefined) choice.message.content += delta.content;
      choice.finish_reason = chunk.choices[0]?.finish_reason ?? (choice.finish_reason satisfies FinishReason);
    }
    this.emit('chunk', chunk, snapshot);
    if (delta?.content !== undefined && choice !== undefined) {
      this.emit('content', delta.content, choice.message.content);
      this.emit('content.delta', { delta: delta.content, snapshot: choice.message.content, parsed: null });
    }
  }
}
