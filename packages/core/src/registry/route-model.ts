import { InvalidRequestError } from '../errors/lookup-errors.js';
import type { DefaultModels } from '../provider/combine-catalogs.js';
import { findModel, type ModelKind } from '../provider/model-catalog.js';
import type { Provider } from '../provider/provider.js';

/** What a call asks for: a model name (maybe '' or with odd case), and what it is for when ''. */
export interface RouteRequest {
  /** A model name or alias; '' or undefined for the default model of `kind`. */
  model?: string | undefined;
  /** Which default an empty name means. Default: "chat". */
  kind?: ModelKind | undefined;
}

/** Where a call goes: the name to ask for, and every provider that serves it, in order. */
export interface Route {
  /** The trimmed name, or the default model's name for ''. Each provider resolves it in its own catalog. */
  model: string;
  /** The providers that serve the model, working or not; empty when none does. */
  providers: Provider[];
}

/** The route of a call over a list of providers: '' picks the default of its kind (vision falls back to chat). */
export function routeModel(providers: readonly Provider[], request: RouteRequest, defaults: DefaultModels): Route {
  const { kind = 'chat' } = request;
  let model = request.model?.trim() ?? '';
  if (model === '') {
    const fallback = kind === 'vision' ? defaults.chat : undefined;
    const chosen = defaults[kind] ?? fallback;
    if (chosen === undefined) throw new InvalidRequestError(`No ${kind} model is available for an empty model name: name a model (see "g4f models").`);
    model = chosen;
  }
  return { model, providers: providers.filter((provider) => findModel(provider, model) !== undefined) };
}
