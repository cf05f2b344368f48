import { G4FError, type G4FErrorOptions } from './g4f-error.js';

function listNames(names: readonly string[]): string {
  return names.length === 0 ? '(none)' : names.join(', ');
}

/** No registered provider has the name asked for. */
export class ProviderNotFoundError extends G4FError {
  constructor(
    /** The name asked for. */
    readonly providerName: string,
    /** The names of the registered providers. */
    readonly knownProviders: readonly string[],
    options: G4FErrorOptions = {},
  ) {
    super(`No provider named "${providerName}". Registered providers: ${listNames(knownProviders)}.`, options);
  }
}

/** The provider exists but is marked as not working. */
export class ProviderNotWorkingError extends G4FError {
  constructor(providerName: string, options: G4FErrorOptions = {}) {
    super(`Provider "${providerName}" is marked as not working; pick another provider or model.`, {
      ...options,
      provider: providerName,
    });
  }
}

/** No registered provider serves the model asked for. */
export class ModelNotFoundError extends G4FError {
  constructor(
    /** The model asked for. */
    readonly model: string,
    /** Served names close to it, best first. */
    readonly suggestions: readonly string[],
    options: G4FErrorOptions = {},
  ) {
    const hint = suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : '';
    super(`No provider serves model "${model}".${hint} See the models with listModels() in code, "g4f models" on the command line, or GET /v1/models of a server.`, options);
  }
}

/** A provider was asked for a model it does not serve. */
export class ModelNotSupportedError extends G4FError {
  constructor(
    /** The model asked for. */
    readonly model: string,
    /** The models and aliases the provider serves. */
    readonly validModels: readonly string[],
    options: G4FErrorOptions & { provider: string },
  ) {
    super(`model "${model}" is not supported. Valid models and aliases: ${listNames(validModels)}.`, options);
  }
}

/** The request itself is wrong (no messages, a bad option); fix the call. */
export class InvalidRequestError extends G4FError {
  /** The request field that is wrong, where one is (OpenAI's `param`): `"n"`, `"tools"`. */
  readonly param: string | undefined;

  constructor(message: string, options: G4FErrorOptions & { param?: string | undefined } = {}) {
    super(message, options);
    this.param = options.param;
  }
}
