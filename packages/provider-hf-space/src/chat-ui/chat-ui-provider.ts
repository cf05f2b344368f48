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
import type { SpaceSettings } from '../space-settings.js';
import { fromConversation, toConversation } from './chat-ui-conversation.js';

const DEFAULT_TIMEOUT_MS = 300_000;
const DEFAULT_IDLE_TIMEOUT_MS = 60_000;

/** Settings of a chat-ui provider instance: where the app is, and how to reach it (as a Gradio Space's, without the protocol and the Hub). */
export type ChatUiSettings = Omit<SpaceSettings, 'protocol' | 'hubUrl' | 'hubPollInterval'>;

/**
 * A provider for a Space that runs Hugging Face's chat-ui (HuggingChat's app) instead of Gradio:
 * a conversation is made (`POST /conversation`), its last message read from the page's data, and
 * the message posted; the answer streams as JSON lines. The app keeps the conversation: the
 * `finish` part's `conversation`, passed back as `options.conversation`, continues it with only
 * the new message. It shares the Gradio transport's HTTP (ky, retries before the answer, the
 * token, the proxy), its call scope (abort, timeouts, typed errors) and core's redaction.
 */
export class ChatUiProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor(
    readonly facts: ProviderFacts,
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
    const [{ checkBaseUrl }, { CallScope }, { ChatUiSession }, { messageUpdates }] = await Promise.all([
      import('../gradio/check-base-url.js'),
      import('../gradio/call-scope.js'),
      import('./chat-ui-session.js'),
      import('./message-updates.js'),
    ]);
    checkBaseUrl(this.url, this.name);
    options.signal?.throwIfAborted();
    yield { type: 'provider-info', provider: this.name, model, label: this.label };

    const { settings } = this;
    const http = { ...settings, apiKey: options.apiKey ?? settings.apiKey, proxy: options.proxy ?? settings.proxy };
    const limits = {
      requestTimeout: settings.requestTimeout,
      timeout: options.timeout ?? settings.timeout ?? DEFAULT_TIMEOUT_MS,
      idleTimeout: options.idleTimeout ?? settings.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS,
    };
    const scope = new CallScope(options.signal, limits, { provider: this.name, baseUrl: this.url });
    const answer = { text: '' };
    try {
      const session = new ChatUiSession(this.url, this.name, http, { ...continued?.cookies });
      let conversation = continued ?? (await session.createConversation(model, preprompt, scope.signal));
      let parent = await session.lastMessageId(conversation.conversationId, scope.signal);
      let inputs = continued === undefined ? formatPrompt(withoutSystem(messages)) : getLastUserMessage(messages);
      if (parent === undefined && continued !== undefined) {
        // The app no longer has it (deleted, another session): a new conversation with the whole history.
        conversation = await session.createConversation(model, preprompt, scope.signal);
        parent = await session.lastMessageId(conversation.conversationId, scope.signal);
        inputs = formatPrompt(withoutSystem(messages));
      }
      if (parent === undefined) {
        throw new ResponseError(`the Space does not show the conversation it just made (${conversation.conversationId}); try again.`, { provider: this.name, retryable: true });
      }
      const response = await session.sendMessage(conversation.conversationId, { inputs, id: parent }, scope.signal);
      if (response.body === null) throw new ResponseError('the Space answered the message with no body.', { provider: this.name });
      for await (const part of messageUpdates(response.body, answer, { provider: this.name, onActivity: scope.onActivity })) yield part;
      yield { type: 'finish', reason: 'stop', conversation: toConversation(this.name, { ...conversation, cookies: session.sessionCookies() }) };
    } catch (error) {
      throw scope.failure(error, answer.text);
    } finally {
      scope.close();
    }
  }
}

// The conversation without system messages, which go as chat-ui's preprompt; one empty user turn when that leaves none.
function withoutSystem(messages: Messages): Messages {
  const rest = messages.filter((message) => !isSystemMessage(message));
  return rest.length > 0 ? rest : [{ role: 'user', content: '' }];
}
