import { checkClientOptions, type ClientOptions } from './client-options.js';
import { Completions } from './completions.js';
import { Images } from './images.js';
import { Models } from './models.js';

/**
 * An OpenAI-shaped client: `new Client().chat.completions.create({ model, messages, stream })`.
 * Importing this package registers the Hugging Face Space providers. Unknown options (OpenAI's
 * `baseURL` among them) are refused with the reason.
 */
export class Client {
  /** `chat.completions.create(body)` and `.stream(body)`: chat with a model. */
  readonly chat: { readonly completions: Completions };
  /** `models.list()` and `models.retrieve(id)`: the registered models. */
  readonly models: Models;
  /** `images.generate({ prompt })`: an image Space draws. */
  readonly images: Images;

  constructor(options: ClientOptions = {}) {
    checkClientOptions(options);
    this.chat = { completions: new Completions(options) };
    this.models = new Models();
    this.images = new Images(options);
  }
}
