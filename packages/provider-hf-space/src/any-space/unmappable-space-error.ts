import { InvalidRequestError } from '@g4f/core';
import type { EndpointDescription } from './space-description.js';

/** One endpoint as a line: `/draw(prompt: Textbox, seed: Number = 0) -> Image`. */
export function formatEndpoint(endpoint: EndpointDescription): string {
  const parameters = endpoint.inputs
    .filter((input) => !input.state)
    .map((input) => `${input.name}: ${input.component}${input.hasDefault ? ` = ${JSON.stringify(input.default)}` : ''}`);
  const outputs = endpoint.outputs.filter((output) => output.component !== 'state').map((output) => output.component);
  return `/${endpoint.apiName}(${parameters.join(', ')}) -> ${outputs.join(', ') || 'nothing'}`;
}

/**
 * A Space whose API this library cannot map onto a chat or a drawing without being told more.
 * The message says why and lists the endpoints with their parameters; nothing was sent.
 */
export class UnmappableSpaceError extends InvalidRequestError {
  constructor(
    reason: string,
    /** The Space's named endpoints, one line each (as formatEndpoint writes them): `/draw(prompt: textbox, seed: number = 0) -> image`. */
    readonly endpoints: readonly string[],
    options: { provider: string },
  ) {
    const list = endpoints.map((endpoint) => `\n  ${endpoint}`).join('');
    super(`${reason} Nothing was sent. Its endpoints (name one as ${options.provider}/<endpoint>; give a parameter as providerOptions["${options.provider}"].<name>, -o <name>=VALUE in the CLI):${list || ' none'}`, {
      provider: options.provider,
      param: 'model',
    });
  }
}
