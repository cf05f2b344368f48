import {
  AsyncGeneratorProvider,
  extractMedia,
  formatPrompt,
  loadImage,
  MediaError,
  ProviderModelMixin,
  validateMessages,
  type Messages,
  type ProviderOptions,
  type StreamPart,
} from '@g4f/core';
import { GradioSpaceClient } from './gradio/gradio-space-client.js';
import type { GradioProtocol } from './gradio/space-route.js';
import type { SpaceDefinition } from './space-definition.js';
import type { SpaceSettings } from './space-settings.js';

/** Options of one call to a Space provider. */
export interface SpaceCallOptions extends ProviderOptions {
  /** The protocol for this call. Default: the provider's setting. */
  protocol?: GradioProtocol | undefined;
}

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

  constructor(
    readonly definition: SpaceDefinition,
    readonly settings: SpaceSettings = {},
  ) {
    super();
    this.name = definition.name;
    this.label = definition.label;
    this.url = settings.baseUrl ?? definition.url;
    this.needsAuth = definition.needsAuth ?? false;
    this.supportsSystemMessage = definition.supportsSystemMessage ?? true;
    this.supportsMessageHistory = definition.supportsMessageHistory ?? true;
    this.defaultModel = definition.defaultModel;
    this.models = definition.models ?? [definition.defaultModel];
    this.modelAliases = definition.modelAliases ?? {};
    this.visionModels = definition.visionModels ?? [];
    this.imageModels = definition.imageModels ?? [];
  }

  /** The same provider with other settings: `Qwen_QVQ_72B.withSettings({ baseUrl })`. */
  withSettings(settings: SpaceSettings): GradioSpaceProvider {
    return new GradioSpaceProvider(this.definition, { ...this.settings, ...settings });
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

    const { settings, definition } = this;
    const client = new GradioSpaceClient({
      ...settings,
      baseUrl: this.url.replace(/\/+$/, ''),
      provider: this.name,
      apiKey: options.apiKey ?? settings.apiKey,
      proxy: options.proxy ?? settings.proxy,
      protocol: options.protocol ?? settings.protocol ?? definition.protocol ?? 'auto',
      apiPrefix: definition.apiPrefix ?? '/gradio_api',
      retry: settings.retry ?? {},
      timeout: options.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT_MS,
      idleTimeout: options.idleTimeout ?? settings.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS,
    });
    const prompt = formatPrompt(messages, { includeSystem: this.supportsSystemMessage });
    yield* client.streamAnswer({
      apiName: definition.apiName,
      images,
      buildData: (files) => definition.buildData({ prompt, messages, files, model: resolved }),
      locateAnswer: definition.locateAnswer ?? (() => [0]),
      signal: options.signal,
    });
  }
}
