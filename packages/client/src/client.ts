import type { ClientOptions } from './client-options.js';
import { Completions } from './completions.js';

/**
 * An OpenAI-shaped client: `new Client().chat.completions.create({ model, messages, stream })`.
 * Importing this package registers the Hugging Face Space providers.
 */
export class Client {
  readonly chat: { readonly completions: Completions };

  constructor(options: ClientOptions = {}) {
    this.chat = { completions: new Completions(options) };
  }
}
