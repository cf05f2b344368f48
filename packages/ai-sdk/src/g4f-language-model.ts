import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3Content,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  SharedV3Warning,
} from '@ai-sdk/provider';
import { AnswerRecord } from './answer-record.js';
import { languageCallOptions } from './call-options.js';
import { convertPrompt } from './convert-prompt.js';
import type { G4FSettings } from './g4f-settings.js';
import type { ModelRoute } from './model-route.js';
import { toAISDKError } from './to-ai-sdk-error.js';
import { toStreamParts } from './to-stream-parts.js';

/** The name the AI SDK shows for this provider's models. */
export const PROVIDER_ID = 'g4f';

/** A model of the g4f registry as an AI SDK language model (spec v3): `streamText({ model: g4f('qvq-72b') })`. */
export class G4FLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = PROVIDER_ID;
  // The SDK downloads image URLs itself and hands over bytes; a Space takes nothing else.
  readonly supportedUrls = {};

  /**
   * Made by `g4f(modelId)` or `createG4F(settings)(modelId)`, which check the model id and share one route.
   * @internal
   */
  constructor(
    /** The name it was asked for, as given to `g4f(modelId)`. */
    readonly modelId: string,
    private readonly route: ModelRoute,
    private readonly settings: G4FSettings,
  ) {}

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    const { parts, request } = this.start(options);
    return { stream: readableFrom(parts), request };
  }

  /** The whole answer: its thinking, its final text (a Space's rewrite replaces what it had sent) and its images. */
  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const { parts, record, request } = this.start({ ...options, includeRawChunks: false });
    const files: LanguageModelV3Content[] = [];
    let finish: Extract<LanguageModelV3StreamPart, { type: 'finish' }> | undefined;
    let warnings: SharedV3Warning[] = [];
    for await (const part of parts) {
      if (part.type === 'error') throw part.error;
      if (part.type === 'stream-start') warnings = part.warnings;
      if (part.type === 'file') files.push(part);
      if (part.type === 'finish') finish = part;
    }
    if (finish === undefined) throw new Error('The g4f stream ended without its finish part.');
    const content: LanguageModelV3Content[] = [
      ...(record.reasoning === '' ? [] : [{ type: 'reasoning' as const, text: record.reasoning }]),
      ...(record.text === '' ? [] : [{ type: 'text' as const, text: record.text }]),
      ...files,
    ];
    const { finishReason, usage, providerMetadata } = finish;
    return { content, finishReason, usage, warnings, request, ...(providerMetadata === undefined ? {} : { providerMetadata }) };
  }

  // Routes the call and starts the provider's stream; nothing is sent before the first part is read.
  private start(options: LanguageModelV3CallOptions): { parts: AsyncGenerator<LanguageModelV3StreamPart>; record: AnswerRecord; request: { body: unknown } } {
    const { messages, media } = convertPrompt(options.prompt);
    const request = { body: { model: this.modelId, messages } };
    const failed = { modelId: this.modelId, modelType: 'languageModel' as const, url: '', requestBodyValues: request.body };
    try {
      const { provider, model } = this.route.resolve(this.modelId, { hasImage: media.length > 0 });
      failed.url = provider.url;
      const { call, warnings } = languageCallOptions(options, provider, this.settings);
      const record = new AnswerRecord(provider.name, model === '' ? provider.defaultModel : provider.getModel(model), messages);
      const parts = toStreamParts(provider.createAsyncGenerator(model, messages, { ...call, media, parts: true }), {
        route: provider,
        record,
        warnings,
        includeRaw: options.includeRawChunks === true,
        download: { apiKey: call.apiKey, proxy: call.proxy, signal: call.signal },
        toError: (error) => toAISDKError(error, failed),
      });
      return { parts, record, request };
    } catch (error) {
      throw toAISDKError(error, failed);
    }
  }
}

// Pulled one part at a time, so nothing is read from the Space ahead of the caller; cancelling
// returns the generator, which closes the Space's connection.
function readableFrom<T>(parts: AsyncGenerator<T>): ReadableStream<T> {
  return new ReadableStream<T>(
    {
      async pull(controller) {
        const next = await parts.next();
        if (next.done === true) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await parts.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
