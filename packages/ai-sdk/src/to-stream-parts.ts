import type { LanguageModelV3StreamPart, SharedV3Warning } from '@ai-sdk/provider';
import type { CallOptions, Provider, StreamPart } from '@g4f/core';
import type { AnswerRecord } from './answer-record.js';
import { answeringProvider, generatedFile } from './generated-file.js';

/** What the mapping of one call's stream needs beside its parts. */
export interface StreamContext {
  /** The route that answers (a provider or a chain), to download generated images from the member that drew them. */
  route: Provider;
  record: AnswerRecord;
  warnings: SharedV3Warning[];
  /** Pass g4f's own parts on as `raw` parts (the SDK's `includeRawChunks`): progress, queue position, previews. */
  includeRaw: boolean;
  download: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'>;
  /** The error as the AI SDK's (APICallError...), or as it is. */
  toError: (error: unknown) => unknown;
}

const TEXT_ID = 'text';

/**
 * A provider's parts as the AI SDK's stream parts: text and reasoning in start/delta/end blocks,
 * generated images as files (previews only raw), who answered as response metadata, then one
 * `finish` with the finish reason, the usage and `providerMetadata.g4f` (provider, model, queue
 * position). A Space's rewrite of its text goes on as a line break and the new text, as a text
 * stream cannot take text back. A failure is an `error` part and a finish of reason `error`.
 */
export async function* toStreamParts(parts: AsyncIterable<StreamPart>, context: StreamContext): AsyncGenerator<LanguageModelV3StreamPart> {
  const { record } = context;
  // The open text and reasoning blocks, changed by the helpers below.
  const open: { text: boolean; reasoningId: string | undefined; reasoningBlocks: number } = { text: false, reasoningId: undefined, reasoningBlocks: 0 };
  function* endReasoning(): Generator<LanguageModelV3StreamPart> {
    if (open.reasoningId === undefined) return;
    const status = record.reasoningStatus === undefined ? {} : { providerMetadata: { g4f: { status: record.reasoningStatus } } };
    yield { type: 'reasoning-end', id: open.reasoningId, ...status };
    open.reasoningId = undefined;
  }
  function* text(delta: string): Generator<LanguageModelV3StreamPart> {
    yield* endReasoning();
    if (!open.text) yield { type: 'text-start', id: TEXT_ID };
    open.text = true;
    yield { type: 'text-delta', id: TEXT_ID, delta };
  }

  yield { type: 'stream-start', warnings: context.warnings };
  try {
    for await (const part of parts) {
      record.observe(part);
      if (context.includeRaw && typeof part === 'object') yield { type: 'raw', rawValue: part };
      if (typeof part === 'string') {
        if (part !== '') yield* text(part);
        continue;
      }
      switch (part.type) {
        case 'text-replace':
          yield* text(`\n${part.text}`);
          break;
        case 'reasoning-delta':
          if (open.reasoningId === undefined) {
            open.reasoningId = `reasoning-${open.reasoningBlocks++}`;
            yield { type: 'reasoning-start', id: open.reasoningId };
          }
          yield { type: 'reasoning-delta', id: open.reasoningId, delta: part.text };
          break;
        case 'provider-info':
          yield { type: 'response-metadata', modelId: part.model };
          break;
        case 'image':
          // A preview is superseded by the final image; only that one belongs to the answer.
          if (part.preview !== true) yield await generatedFile(part, answeringProvider(context.route, record.provider), context.download);
          break;
        default:
          break;
      }
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'AbortError') throw error;
    record.failed();
    yield { type: 'error', error: context.toError(error) };
  }
  yield* endReasoning();
  if (open.text) yield { type: 'text-end', id: TEXT_ID };
  yield { type: 'finish', finishReason: record.finish(), usage: record.usage(), providerMetadata: record.metadata() };
}
