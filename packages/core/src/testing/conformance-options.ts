import type { CallOptions } from '../provider/call-options.js';
import type { Provider } from '../provider/provider.js';
import type { MediaInput } from '../types/media.js';
import type { Messages } from '../types/message.js';

/** What the conformance checks need to know besides the provider; each scenario left out skips its check. */
export interface ConformanceOptions {
  /** Options for every call (a proxy, a token). Default: none. */
  callOptions?: () => CallOptions;
  /** A conversation the default model answers with some text. Default: one user "Hello there". */
  messages?: Messages;
  /** A conversation whose answer streams long enough to be aborted midway. Default: `messages`. */
  longMessages?: Messages;
  /** A conversation the provider fails on upstream (a Space's quota error, say): the typed-error check. */
  failingMessages?: Messages;
  /** A conversation whose answer breaks off after some text: the partial-text check. */
  breakingMessages?: Messages;
  /** A conversation the upstream answers with nothing at all (no text, no image): the empty-answer check. */
  emptyMessages?: Messages;
  /**
   * The same provider, reaching an upstream that answers in a shape it does not read (a Space
   * whose output component changed, say): the unreadable-answer check.
   */
  unreadable?: () => Provider;
  /** An image, and what an answer about it says, for the vision checks. Default: a 1x1 PNG, any answer. */
  image?: { media: MediaInput; answerMatches?: RegExp };
  /** How many connections the provider holds open now (see `connectionProbe`): the abort check then sees them closed. */
  openConnections?: () => number;
}
