import {
  AsyncGeneratorProvider,
  formatPrompt,
  getLastUserMessage,
  getSystemPrompt,
  isSystemMessage,
  ProviderModelMixin,
  ResponseError,
  validateMessages,
  type CallOptions,
  type Messages,
  type ProviderFacts,
  type StreamPart,
} from '@g4f/core';
// Small, and loaded with the package anyway by the Gradio providers.
import { hubFor } from '../hub/hub-settings.js';
import type { SpaceSettings } from '../space-settings.js';
import { fromConversation, toConversation } from './chat-ui-conversation.js';
import type { ChatUiConversation, ChatUiSession } from './chat-ui-session.js';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** Settings of a chat-ui provider instance: where the app is, how to reach it, the Hub to follow it on while it wakes (as a Gradio Space's, without the protocol). */
export type ChatUiSettings = Omit<SpaceSettings, 'protocol'>;

/** What a chat-ui Space states about itself: the provider's facts, and its id on the Hub. */
export interface ChatUiFacts extends ProviderFacts {
  /** The Space's id on the Hub ("CohereLabs/c4ai-command"), to follow it while it wakes. Default: none (a sleeping Space's 503 fails the call). */
  space?: string;
}

/** Where an answer starts: the conversation it belongs to, and the response its lines stream in. */
interface OpenedAnswer {
  conversation: ChatUiConversation;
  response: Response;
}

/**
 * A provider for a Space that runs Hugging Face's chat-ui (HuggingChat's app) instead of Gradio:
 * a conversation is made (`POST /conversation`), its last message read from the page's data, and
 * the message posted; the answer streams as JSON lines. The app keeps the conversation: the
 * `finish` part's `conversation`, passed back as `options.conversation`, continues it with only
 * the new message. It shares the Gradio transport's HTTP (ky, retries before the answer, the
 * token, the proxy), its call scope (abort, timeouts, typed errors), its wait for a sleeping
 * Space (a 503 before the answer, followed on the Hub) and core's redaction.
 */
export class ChatUiProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor(
    /** What the provider states about itself and its chat-ui Space. */
    readonly facts: ChatUiFacts,
    /** Where and how to reach the Space: `baseUrl`, `apiKey`, `proxy`, timeouts. */
    readonly settings: ChatUiSettings = {},
  ) {
    super({ ...facts, url: (settings.baseUrl ?? facts.url).replace(/\/+$/, '') });
  }

  /** The same provider with other settings: `CohereForAI_C4AI_Command.withSettings({ baseUrl })`. */
  withSettings(settings: ChatUiSettings): ChatUiProvider {
    return new ChatUiProvider(this.facts, { ...this.settings, ...settings });
  }

  protected async *streamParts(model: string, messages: Messages, options: CallOptions): AsyncIterable<StreamPart> {
    validateMessages(messages);
    const kept = fromConversation(this.name, options.conversation);
    const preprompt = getSystemPrompt(messages);
    // A conversation made for another model or system prompt cannot continue: g4f starts anew too.
    const continued = kept !== undefined && kept.model === model && kept.preprompt === preprompt ? kept : undefined;
    // The transport loads with the first call, not with the package.
    const [{ checkBaseUrl }, { CallScope }, { createSpaceHttp }, { ChatUiSession }, { messageUpdates }, { wakesOn }, { waitUntilRunning }] = await Promise.all([
      import('../gradio/check-base-url.js'),
      import('../gradio/call-scope.js'),
      import('../gradio/space-http.js'),
      import('./chat-ui-session.js'),
      import('./message-updates.js'),
      import('../hub/wake-on-unavailable.js'),
      import('../hub/wait-until-running.js'),
    ]);
    checkBaseUrl(this.url, this.name);
    options.signal?.throwIfAborted();
    yield { type: 'provider-info', provider: this.name, model, label: this.label };

    const { settings } = this;
    const http = createSpaceHttp({ ...settings, apiKey: options.apiKey ?? settings.apiKey, proxy: options.proxy ?? settings.proxy });
    const hub = hubFor(this.facts.space, settings, this.url === this.facts.url.replace(/\/+$/, ''));
    const limits = {
      requestTimeout: settings.requestTimeout,
      timeout: options.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT_MS,
      idleTimeout: options.idleTimeout ?? settings.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS,
    };
    const scope = new CallScope(options.signal, limits, { provider: this.name, baseUrl: this.url });
    const answer = { text: '' };
    try {
      const session = new ChatUiSession(http, this.url, this.name, { ...continued?.cookies }, settings.retry);
      let opened: OpenedAnswer | undefined;
      while (opened === undefined) {
        try {
          opened = await this.openAnswer(session, { model, preprompt, messages, continued }, scope.signal);
        } catch (error) {
          // A sleeping Space answers 503 until it runs; nothing reached the caller yet.
          if (!wakesOn(error, false, hub)) throw error;
          yield* waitUntilRunning({ hub, http, provider: this.name, signal: scope.signal }, error);
        }
      }
      const { conversation, response } = opened;
      if (response.body === null) throw new ResponseError('the Space answered the message with no body.', { provider: this.name });
      for await (const part of messageUpdates(response.body, answer, { provider: this.name, onActivity: scope.onActivity })) yield part;
      yield { type: 'finish', reason: 'stop', conversation: toConversation(this.name, { ...conversation, cookies: session.sessionCookies() }) };
    } catch (error) {
      throw scope.failure(error, answer.text);
    } finally {
      scope.close();
    }
  }

  // The steps before the answer: the conversation (kept, or new), its last message, the message sent.
  private async openAnswer(
    session: ChatUiSession,
    call: { model: string; preprompt: string; messages: Messages; continued: ChatUiConversation | undefined },
    signal: AbortSignal,
  ): Promise<OpenedAnswer> {
    const { model, preprompt, messages, continued } = call;
    let conversation = continued ?? (await session.createConversation(model, preprompt, signal));
    let parent = await session.lastMessageId(conversation.conversationId, signal);
    let inputs = continued === undefined ? formatPrompt(withoutSystem(messages)) : getLastUserMessage(messages);
    if (parent === undefined && continued !== undefined) {
      // The app no longer has it (deleted, another session): a new conversation with the whole history.
      conversation = await session.createConversation(model, preprompt, signal);
      parent = await session.lastMessageId(conversation.conversationId, signal);
      inputs = formatPrompt(withoutSystem(messages));
    }
    if (parent === undefined) {
      throw new ResponseError(`the Space does not show the conversation it just made (${conversation.conversationId}); try again.`, { provider: this.name, retryable: true });
    }
    return { conversation, response: await session.sendMessage(conversation.conversationId, { inputs, id: parent }, signal) };
  }
}

// The conversation without system messages, which go as chat-ui's preprompt; one empty user turn when that leaves none.
function withoutSystem(messages: Messages): Messages {
  const rest = messages.filter((message) => !isSystemMessage(message));
  return rest.length > 0 ? rest : [{ role: 'user', content: '' }];
}
