import {
  AsyncGeneratorProvider,
  extractMedia,
  formatPrompt,
  getLastUserMessage,
  getSystemPrompt,
  loadImage,
  MediaError,
  ProviderModelMixin,
  validateMessages,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import { GradioSpaceClient } from './gradio/gradio-space-client.js';
import { createSpaceHttp } from './gradio/space-http.js';
import { sendRequest } from './gradio/space-request.js';
import { firstOutput } from './outputs/answer-locators.js';
import type { SpaceCallOptions } from './space-call-options.js';
import type { SpaceDefinition, SpaceEndpoint, SpaceInput } from './space-definition.js';
import type { SpaceSettings } from './space-settings.js';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** A provider for a Gradio Space, made from the Space's definition and optional settings. */
export class GradioSpaceProvider extends ProviderModelMixin(AsyncGeneratorProvider<SpaceCallOptions>) {
  readonly name: string;
  readonly label: string;
  readonly url: string;
  override readonly needsAuth: boolean;
  override readonly supportsSystemMessage: boolean;
  override readonly supportsMessageHistory: boolean;
  override readonly defaultModel: string;
  override readonly models: readonly string[];
  override readonly modelAliases: Readonly<Record<string, string>>;
  override readonly visionModels: readonly string[];
  override readonly imageModels: readonly string[];
  override readonly reasoningModels: readonly string[];

  constructor(
    readonly definition: SpaceDefinition,
    readonly settings: SpaceSettings = {},
  ) {
    super();
    this.name = definition.name;
    this.label = definition.label;
    this.url = (settings.baseUrl ?? definition.url).replace(/\/+$/, '');
    this.needsAuth = definition.needsAuth ?? false;
    this.supportsSystemMessage = definition.supportsSystemMessage ?? true;
    this.supportsMessageHistory = definition.supportsMessageHistory ?? true;
    this.defaultModel = definition.defaultModel;
    this.models = definition.models ?? [definition.defaultModel];
    this.modelAliases = definition.modelAliases ?? {};
    this.visionModels = definition.visionModels ?? [];
    this.imageModels = definition.imageModels ?? [];
    this.reasoningModels = definition.reasoningModels ?? [];
  }

  /** The same provider with other settings: `Qwen_QVQ_72B.withSettings({ baseUrl })`. */
  withSettings(settings: SpaceSettings): GradioSpaceProvider {
    return new GradioSpaceProvider(this.definition, { ...this.settings, ...settings });
  }

  /**
   * Downloads a file the Space returned (a generated image), through the same proxy and headers.
   * The token goes only to the Space itself, never to another host.
   */
  async fetchFile(url: string, options: Pick<SpaceCallOptions, 'apiKey' | 'proxy' | 'signal'> = {}): Promise<Uint8Array> {
    const sameSpace = new URL(url).origin === new URL(this.url).origin;
    const http = createSpaceHttp({
      ...this.settings,
      apiKey: sameSpace ? (options.apiKey ?? this.settings.apiKey) : undefined,
      proxy: options.proxy ?? this.settings.proxy,
    });
    const response = await sendRequest(http, url, { method: 'get', signal: options.signal ?? null }, { provider: this.name, step: 'download the file' });
    return new Uint8Array(await response.arrayBuffer());
  }

  protected async *streamParts(model: string, messages: Messages, options: SpaceCallOptions): AsyncIterable<StreamPart> {
    const resolved = this.getModel(model);
    validateMessages(messages);
    const media = [...(options.media ?? []), ...extractMedia(messages)];
    const maxImages = this.definition.maxImages ?? 0;
    if (media.length > maxImages) {
      const takes = maxImages === 0 ? 'takes no images' : `takes at most ${maxImages} image${maxImages === 1 ? '' : 's'}`;
      throw new MediaError(`this Space ${takes}, and ${media.length} were given; send fewer images.`, { provider: this.name });
    }
    // Read and check every image before anything is sent.
    const images = await Promise.all(media.map(([input, filename]) => loadImage(input, filename)));
    options.signal?.throwIfAborted();
    yield { type: 'provider-info', provider: this.name, model: resolved, label: this.label };

    const endpoint = this.endpointFor(resolved);
    const input: Omit<SpaceInput, 'files'> = {
      prompt: formatPrompt(messages, { includeSystem: this.supportsSystemMessage }),
      promptWithoutSystem: formatPrompt(withoutSystem(messages)),
      system: getSystemPrompt(messages),
      lastUserMessage: getLastUserMessage(messages),
      messages,
      model: resolved,
      options,
    };
    yield* this.client(options).streamAnswer({
      apiName: endpoint.apiName,
      images,
      buildData: (files) => endpoint.buildData({ ...input, files }),
      locateAnswer: endpoint.locateAnswer ?? (endpoint.readImages === undefined ? firstOutput : undefined),
      locateReasoning: endpoint.locateReasoning,
      readImages: endpoint.readImages,
      imageAlt: input.prompt,
      signal: options.signal,
    });
  }

  private endpointFor(model: string): SpaceEndpoint {
    return this.definition.modelEndpoints?.[model] ?? this.definition.endpoint;
  }

  private client(options: SpaceCallOptions): GradioSpaceClient {
    const { settings, definition } = this;
    return new GradioSpaceClient({
      ...settings,
      baseUrl: this.url,
      provider: this.name,
      apiKey: options.apiKey ?? settings.apiKey,
      proxy: options.proxy ?? settings.proxy,
      protocol: options.protocol ?? settings.protocol ?? definition.protocol ?? 'auto',
      apiPrefix: definition.apiPrefix ?? '/gradio_api',
      retry: settings.retry ?? {},
      timeout: options.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT_MS,
      idleTimeout: options.idleTimeout ?? settings.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS,
    });
  }
}

// A conversation with only system messages keeps one empty user turn, so formatPrompt accepts it.
function withoutSystem(messages: Messages): Messages {
  const rest = messages.filter((message) => message.role !== 'system');
  return rest.length > 0 ? rest : [{ role: 'user', content: '' }];
}
