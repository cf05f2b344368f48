import {
  AsyncGeneratorProvider,
  conversationOf,
  extractMedia,
  formatImagePrompt,
  formatPrompt,
  getLastUserMessage,
  getSystemPrompt,
  InvalidRequestError,
  isSystemMessage,
  loadMedia,
  MediaError,
  noAudio,
  openOnFirstRead,
  parseProviderOptions,
  ProviderModelMixin,
  sharedState,
  validateMessages,
  type CallOptions,
  type Conversation,
  type LoadedMedia,
  type Messages,
  type StreamPart,
} from '@g4f/core';
import type { z } from 'zod';
import type { GradioSpaceClient } from './gradio/gradio-space-client.js';
import { hubFor, type HubSettings } from './hub/hub-settings.js';
import { firstOutput } from './outputs/answer-locators.js';
import type { SpaceDefinition, SpaceEndpoint, SpaceInput, Zod } from './space-definition.js';
import type { SpaceSettings } from './space-settings.js';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

// The settings every Space takes per call, besides its own.
const transportOptions = (z: Zod) =>
  z.strictObject({
    /** The Gradio protocol for this call. Default: the provider's setting. */
    protocol: z.enum(['auto', 'queue', 'call']).optional(),
  });
// What an image Space takes besides: the prompt to draw, instead of the last user message.
const imageOptions = (z: Zod) => transportOptions(z).extend({ prompt: z.string().min(1).optional() });

/** A provider for a Gradio Space, made from the Space's definition and optional settings. */
export class GradioSpaceProvider<TOptions extends z.ZodObject = z.ZodObject> extends ProviderModelMixin(AsyncGeneratorProvider) {
  private callOptions: Promise<z.ZodObject> | undefined;

  constructor(
    /** The facts about the Space: its address, endpoint, models and how to read its answer. */
    readonly definition: SpaceDefinition<TOptions>,
    /** Where and how to reach it: `baseUrl`, `protocol`, `apiKey`, `proxy`, timeouts. */
    readonly settings: SpaceSettings = {},
  ) {
    super({ ...definition, url: (settings.baseUrl ?? definition.url).replace(/\/+$/, '') });
  }

  /** The same provider with other settings: `Qwen_QVQ_72B.withSettings({ baseUrl })`. */
  withSettings(settings: SpaceSettings): GradioSpaceProvider<TOptions> {
    return new GradioSpaceProvider(this.definition, { ...this.settings, ...settings });
  }

  /**
   * Downloads a file the Space returned (a generated image), through the same proxy and headers.
   * The token goes only to the Space itself, never to another host.
   */
  async fetchFile(url: string, options: Pick<CallOptions, 'apiKey' | 'proxy' | 'signal'> = {}): Promise<Uint8Array> {
    const sameSpace = new URL(url).origin === new URL(this.url).origin;
    const [{ createSpaceHttp }, { sendRequest }] = await Promise.all([import('./gradio/space-http.js'), import('./gradio/space-request.js')]);
    const http = createSpaceHttp({
      ...this.settings,
      apiKey: sameSpace ? (options.apiKey ?? this.settings.apiKey) : undefined,
      proxy: options.proxy ?? this.settings.proxy,
    });
    // A download's length is the file's: the caller's signal bounds it, not the request timeout.
    const response = await sendRequest(http, url, { method: 'get', signal: options.signal ?? null, timeout: false }, { provider: this.name, step: 'download the file' });
    return new Uint8Array(await response.arrayBuffer());
  }

  protected streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    // The client's stream is handed on as it is: see openOnFirstRead.
    return openOnFirstRead(async () => {
      validateMessages(messages);
      const settings = parseProviderOptions(this.name, await this.callSchema(), options) as z.output<TOptions> & z.output<ReturnType<typeof imageOptions>>;
      const media = [...(options.media ?? []), ...extractMedia(messages)];
      const endpoint = this.endpointFor(model);
      const prompt = this.promptFor(model, messages, settings.prompt);
      // Read, sniff and check every file before anything is sent.
      const files = await Promise.all(media.map(([input, filename]) => loadMedia(input, filename)));
      this.checkMedia(model, files, endpoint.requiresImage === true);
      options.signal?.throwIfAborted();
      const session = this.sessionFor(options.conversation);
      const input: Omit<SpaceInput<z.output<TOptions>>, 'files'> = {
        prompt,
        promptWithoutSystem: formatPrompt(withoutSystem(messages)),
        system: getSystemPrompt(messages),
        lastUserMessage: getLastUserMessage(messages),
        messages,
        continues: session?.continues ?? false,
        model,
        options,
        settings,
      };
      const client = await this.client(options, settings.protocol);
      const answer = client.streamAnswer({
        apiName: endpoint.apiName,
        fnIndex: endpoint.fnIndex,
        media: files,
        buildData: (files) => endpoint.buildData({ ...input, files }),
        before: endpoint.before === undefined ? undefined : (files) => endpoint.before?.({ ...input, files }) ?? [],
        locateAnswer: endpoint.locateAnswer ?? (endpoint.readImages === undefined ? firstOutput : undefined),
        answerText: endpoint.answerText,
        locateReasoning: endpoint.locateReasoning,
        readReasoningStatus: endpoint.readReasoningStatus,
        readImages: endpoint.readImages,
        imageAlt: input.prompt,
        signal: options.signal,
        session,
      });
      return { first: [{ type: 'provider-info', provider: this.name, model, label: this.label }], rest: answer };
    });
  }

  // The queue session of a Space that keeps conversations: the one the caller's conversation names, else a new one.
  private sessionFor(given: Conversation | undefined): { hash: string; continues: boolean; conversation: Conversation } | undefined {
    if (this.definition.keepsConversation !== true) return undefined;
    const kept = conversationOf(this.name, given)?.sessionHash;
    if (kept !== undefined && (typeof kept !== 'string' || !/^[\w-]{1,64}$/.test(kept))) {
      throw new InvalidRequestError(`options.conversation is not one ${this.name} made: its sessionHash must be the one the last answer's finish part gave. Pass that value unchanged, or none to start anew.`, { provider: this.name });
    }
    // As g4f's: a uuid4 without dashes.
    const hash = kept ?? crypto.randomUUID().replaceAll('-', '');
    return { hash, continues: kept !== undefined, conversation: { provider: this.name, sessionHash: hash } };
  }

  // An image model draws what the user said last, as g4f's format_image_prompt; g4f would send
  // an empty prompt, and a GPU Space would draw a random picture on the user's quota.
  private promptFor(model: string, messages: Messages, prompt: string | undefined): string {
    if (!this.imageModels.includes(model)) return formatPrompt(messages, { includeSystem: this.supportsSystemMessage });
    const imagePrompt = formatImagePrompt(messages, prompt);
    if (imagePrompt === '') {
      throw new InvalidRequestError(`model ${model} has nothing to draw: the conversation does not end with a user message that has text. Add one, or pass providerOptions.${this.name}.prompt.`, { provider: this.name });
    }
    return imagePrompt;
  }

  // Zod loads with the first call, not with the package: its import alone costs more than the rest of the package's.
  private callSchema(): Promise<z.ZodObject> {
    this.callOptions ??= import('zod').then(({ z }) => {
      const { options, imageModels = [] } = this.definition;
      const own = typeof options === 'function' ? options(z) : options;
      return (imageModels.length > 0 ? imageOptions(z) : transportOptions(z)).extend(own?.shape ?? {});
    });
    return this.callOptions;
  }

  // The base lets media reach only models that take some; which kind a file is, is known once read.
  // A Space's model may take a few at most, and some none less than one image.
  private checkMedia(model: string, files: readonly LoadedMedia[], required: boolean): void {
    const count = files.filter((file) => file.kind === 'image').length;
    const audio = files.length - count;
    if (audio > 0 && !this.audioModels.includes(model)) throw noAudio(this, model);
    if (count > 0 && !this.visionModels.includes(model)) {
      throw new MediaError(`model ${model} takes audio but no images; send the question without images, or pick a vision model.`, { provider: this.name });
    }
    const maxAudio = this.definition.maxAudio ?? 1;
    if (audio > maxAudio) {
      throw new MediaError(`model ${model} takes at most ${maxAudio} audio file${maxAudio === 1 ? '' : 's'}, and ${audio} were given; send fewer.`, { provider: this.name });
    }
    if (required && count === 0) {
      throw new MediaError(`model ${model} looks at an image and cannot answer without one; attach an image (media, or an image part in the message).`, { provider: this.name });
    }
    const maxImages = this.definition.maxImages ?? 1;
    if (count > maxImages) {
      throw new MediaError(`model ${model} takes at most ${maxImages} image${maxImages === 1 ? '' : 's'}, and ${count} were given; send fewer images.`, { provider: this.name });
    }
  }

  private endpointFor(model: string): SpaceEndpoint<z.output<TOptions>> {
    return this.definition.modelEndpoints?.[model] ?? this.definition.endpoint;
  }

  // The transport (ky, the protocols, the event stream's parser) loads with the first call, not with the package.
  private async client(options: CallOptions, protocol: SpaceSettings['protocol']): Promise<GradioSpaceClient> {
    const { GradioSpaceClient } = await import('./gradio/gradio-space-client.js');
    const { settings, definition } = this;
    const apiKey = options.apiKey ?? settings.apiKey;
    const hub = hubFor(definition.space, settings, this.url === definition.url.replace(/\/+$/, ''));
    const zeroGpu = definition.zeroGpu === true && (apiKey ?? '') === '' && hub !== undefined ? await this.zeroGpuHeaders(hub, options) : {};
    return new GradioSpaceClient({
      ...settings,
      headers: { ...settings.headers, ...zeroGpu },
      baseUrl: this.url,
      provider: this.name,
      apiKey,
      proxy: options.proxy ?? settings.proxy,
      protocol: protocol ?? settings.protocol ?? definition.protocol ?? 'auto',
      apiPrefix: definition.apiPrefix ?? '/gradio_api',
      timeout: options.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT_MS,
      idleTimeout: options.idleTimeout ?? settings.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS,
      hub,
      cache: options.sharedState ?? sharedState(),
    });
  }

  // An anonymous caller's ZeroGPU identity, through the same proxy, retries and fetch as the Space.
  private async zeroGpuHeaders(hub: HubSettings, options: CallOptions): Promise<Record<string, string>> {
    const [{ createSpaceHttp }, { zeroGpuHeaders }] = await Promise.all([import('./gradio/space-http.js'), import('./hub/zerogpu-identity.js')]);
    const { fetch, retry, requestTimeout } = this.settings;
    const http = createSpaceHttp({ fetch, retry, requestTimeout, proxy: options.proxy ?? this.settings.proxy });
    return zeroGpuHeaders(hub, http, { provider: this.name, signal: options.signal });
  }
}

// A conversation with only system messages keeps one empty user turn, so formatPrompt accepts it.
function withoutSystem(messages: Messages): Messages {
  const rest = messages.filter((message) => !isSystemMessage(message));
  return rest.length > 0 ? rest : [{ role: 'user', content: '' }];
}
