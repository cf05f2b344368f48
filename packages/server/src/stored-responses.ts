import type { Message, SharedState } from '@g4f/core';
import { ResponseNotFoundError } from './response-not-found-error.js';

/** How long a stored response can be continued or read by default: one hour. */
export const DEFAULT_RESPONSE_TTL = 3_600_000;

/** A response as kept: the object the API gave, and the conversation up to its answer. */
export interface StoredResponse {
  /** The Responses API's response object, as it was answered. */
  response: Record<string, unknown>;
  /**
   * The conversation it ended: the earlier turns, its input and its answer, without instructions
   * (a continuation brings its own, as OpenAI's API does).
   */
  conversation: Message[];
}

/**
 * The responses kept for `previous_response_id` and `GET /v1/responses/{id}`, in the shared state,
 * so that every replica sharing Redis can continue any of them. Each lives `ttlMs`.
 */
export class StoredResponses {
  constructor(
    private readonly state: SharedState,
    /** Milliseconds a response is kept; 0 keeps none. */
    readonly ttlMs: number,
  ) {}

  /** Whether responses are kept at all. */
  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** Keeps a response under its id. */
  async save(id: string, stored: StoredResponse): Promise<void> {
    if (this.enabled) await this.state.writeCached(key(id), JSON.stringify(stored), this.ttlMs);
  }

  /** The response kept under `id`; a ResponseNotFoundError (404) naming `param` when there is none. */
  async load(id: string, param: string | null): Promise<StoredResponse> {
    const json = await this.state.readCached(key(id));
    if (json === undefined) throw new ResponseNotFoundError(id, param, this.ttlMs);
    return JSON.parse(json) as StoredResponse;
  }
}

const key = (id: string): string => `response:${id}`;
