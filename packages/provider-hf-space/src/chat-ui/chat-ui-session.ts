import { ResponseError, registerSecret } from '@g4f/core';
import type { KyInstance } from 'ky';
import { jobStartRetry, type RetrySettings } from '../gradio/retry-policy.js';
import { readJson, sendRequest, type StepContext } from '../gradio/space-request.js';
import { lastMessageId } from './last-message-id.js';

/** A chat-ui conversation as the app knows it: its id, and the session cookies it belongs to. */
export interface ChatUiConversation {
  conversationId: string;
  model: string;
  preprompt: string;
  /** The app's session cookies (`hf-chat`): its conversations are found only with them. */
  cookies: Record<string, string>;
}

/** The message chat-ui's page posts: the new text and the message it follows. */
interface MessageRequest {
  inputs: string;
  /** The parent message's id. */
  id: string;
}

/**
 * The HTTP steps of one call to a chat-ui app (HuggingChat's), each a short request through ky
 * (retries before the answer, the request timeout, the token, the proxy), keeping the app's
 * session cookies as a browser would.
 */
export class ChatUiSession {
  constructor(
    private readonly http: KyInstance,
    private readonly baseUrl: string,
    private readonly provider: string,
    private readonly cookies: Record<string, string> = {},
    private readonly retry: RetrySettings = {},
  ) {
    for (const value of Object.values(cookies)) registerSecret(value);
  }

  /** `POST /conversation`: a new conversation with this model and system prompt. */
  async createConversation(model: string, preprompt: string, signal: AbortSignal): Promise<ChatUiConversation> {
    const step = this.step('start a conversation');
    const response = await this.send(`${this.baseUrl}/conversation`, { method: 'post', json: { model, preprompt }, signal }, step);
    const { conversationId } = ((await readJson(response, step)) ?? {}) as { conversationId?: unknown };
    if (typeof conversationId !== 'string' || !/^[\w-]+$/.test(conversationId)) {
      throw new ResponseError(`could not ${step.step}: the Space's answer has no conversationId; is ${this.baseUrl} a chat-ui app?`, { provider: this.provider });
    }
    return { conversationId, model, preprompt, cookies: { ...this.cookies } };
  }

  /** The id of the conversation's last message (the page's data, `__data.json`), which the next message follows. */
  async lastMessageId(conversationId: string, signal: AbortSignal): Promise<string | undefined> {
    const step = this.step("read the conversation's last message");
    const url = `${this.baseUrl}/conversation/${conversationId}/__data.json?x-sveltekit-invalidated=11`;
    const response = await this.send(url, { method: 'get', signal }, step);
    const found = lastMessageId(await response.text());
    return 'id' in found ? found.id : undefined;
  }

  /** `POST /conversation/{id}` with the message as the multipart field `data`; the answer streams as JSON lines. */
  async sendMessage(conversationId: string, message: MessageRequest, signal: AbortSignal): Promise<Response> {
    const body = new FormData();
    const data = { ...message, is_retry: false, is_continue: false, web_search: false, tools: [] };
    // A plain field, as chat-ui's page sends it: the app refuses a file part ("Invalid request").
    body.append('data', JSON.stringify(data));
    // The message starts the answer: a connection that breaks once it is sent is not sent again.
    return this.send(`${this.baseUrl}/conversation/${conversationId}`, { method: 'post', body, signal, retry: jobStartRetry(this.retry) }, this.step('send the message'));
  }

  /** The session cookies so far, to keep with the conversation. */
  sessionCookies(): Record<string, string> {
    return { ...this.cookies };
  }

  private step(step: string): StepContext {
    return { provider: this.provider, step };
  }

  private async send(url: string, options: Parameters<KyInstance>[1] & object, step: StepContext): Promise<Response> {
    const cookie = Object.entries(this.cookies).map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await sendRequest(this.http, url, { ...options, headers: cookie === '' ? {} : { cookie } }, step);
    for (const header of response.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const value = pair.slice(separator + 1).trim();
      registerSecret(value);
      this.cookies[pair.slice(0, separator).trim()] = value;
    }
    return response;
  }
}
