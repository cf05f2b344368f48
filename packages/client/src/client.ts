import { checkClientOptions, type ClientOptions } from './client-options.js';
import { Completions } from './completions.js';

/**
 * An OpenAI-shaped client: `new Client().chat.completions.create({ model, messages, stream })`.
 * Importing this package registers the Hugging Face Space providers. Unknown options (OpenAI's
 * `baseURL` among them) are refused with the reason.
 */
export class Client {
  readonly chat: { readonly completions: Completions };

  constructor(options: ClientOptions = {}) {
    checkClientOptions(options);
    this.chat = { completions: new Completions(options) };
  }
}
