import { G4FError } from '@g4f/core';

/** No response is kept under an id (never given, expired, or kept by no replica's store): a 404 as OpenAI answers it. */
export class ResponseNotFoundError extends G4FError {
  constructor(
    /** The id asked for. */
    readonly responseId: string,
    /** The request field that named it (`previous_response_id`), or null for a path. */
    readonly param: string | null,
    ttlMs: number,
  ) {
    const kept = ttlMs > 0 ? `responses are kept ${Math.round(ttlMs / 60_000)} minutes (--response-ttl)` : 'this server keeps no responses (--response-ttl 0)';
    super(`Response with id '${responseId}' not found: ${kept}; send the whole conversation as input instead.`);
  }
}
