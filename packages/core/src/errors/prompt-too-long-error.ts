import type { G4FErrorOptions } from './g4f-error.js';
import { InvalidRequestError } from './lookup-errors.js';

/** Even the shortest prompt `formatPromptMaxLength` can make, the last message alone, is over the limit. */
export class PromptTooLongError extends InvalidRequestError {
  constructor(
    /** The last message's length, in characters (code points, as Python counts them). */
    readonly length: number,
    /** The limit it was asked to fit. */
    readonly maxLength: number,
    options: G4FErrorOptions = {},
  ) {
    super(`The prompt cannot fit in ${maxLength} characters: the last message alone has ${length}. Shorten it, or raise maxLength if the model takes more.`, options);
  }
}
