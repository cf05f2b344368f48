import { ResponseError, type ResponseErrorOptions } from './response-errors.js';

/**
 * A hosted app (a Hugging Face Space) that cannot run now: paused by its owner, failing to build
 * or start, without an app file. `retryable` is false where only its owner can fix it; a fallback
 * chain moves on to the next provider either way.
 */
export class SpaceUnavailableError extends ResponseError {
  constructor(
    message: string,
    /** The runtime stage the host reported: "RUNTIME_ERROR", "PAUSED", "BUILD_ERROR", ... */
    readonly stage: string,
    /** The app's own error text, when the host gives one (secrets removed). */
    readonly reason: string | undefined,
    options: ResponseErrorOptions = {},
  ) {
    super(message, options);
  }
}
