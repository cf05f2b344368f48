import { sharedState, type CallOptions } from '@g4f/core';
import type { SpaceSettings } from '../space-settings.js';
import { AnySpaceProvider } from './any-space-provider.js';
import { describeEndpoints } from './describe-endpoints.js';
import type { InputRole } from './endpoint-plan.js';
import { readSpaceDescription } from './read-space-description.js';
import { formatEndpoint } from './unmappable-space-error.js';

/** Where one parameter of the chosen endpoint gets its value. */
export interface ParameterMapping {
  /** The parameter's name in the Space's API. */
  name: string;
  /** Its label on the Space's page. */
  label: string;
  /** Its Gradio component: "textbox", "image", "slider"... */
  component: string;
  /** Whether the Space gives it a default. */
  hasDefault: boolean;
  /** That default, where it has one. */
  default: unknown;
  /**
   * "text" (the prompt), "history", "session-history" (a State the Space's own handler fills with
   * the history first, in the same session: a ChatInterface's), "image", or "setting"
   * (providerOptions by name, else the default).
   */
  gets: Exclude<InputRole['kind'], 'state'>;
}

/** What `space:owner/name` maps to: the endpoints, the one chosen and what goes where, or why none. */
export interface SpaceInspection {
  /** The model name: "space:owner/name". */
  model: string;
  /** The Space's address. */
  url: string;
  /** Every named endpoint, one line each: `/draw(prompt: textbox, seed: number = 0) -> image`. */
  endpoints: string[];
  /** The endpoint a call goes to; undefined when the Space cannot be mapped. */
  endpoint?: string | undefined;
  /** What each of its parameters gets; undefined when the Space cannot be mapped. */
  parameters?: ParameterMapping[] | undefined;
  /** The `.then()` handler called instead, given the history with the user's turn, where the endpoint only adds that turn. */
  then?: string | undefined;
  /** Where the answer is read: "text", "json", "chat" or "image", and the output's place (in the `.then()` handler's outputs where there is one). */
  answer?: { kind: string; output: number } | undefined;
  /** Why no endpoint could be chosen. */
  error?: string | undefined;
}

/** Reads a Space's description and tells how `space:owner/name[/endpoint]` maps onto it; nothing is sent to its endpoints. */
export async function inspectSpace(model: string, settings: SpaceSettings & Pick<CallOptions, 'signal'> = {}): Promise<SpaceInspection> {
  const name = model.trim().toLowerCase().startsWith('space:') ? model.trim() : `space:${model.trim()}`;
  const provider = new AnySpaceProvider(name, settings);
  const description = await readSpaceDescription({ ...settings, baseUrl: provider.url, provider: provider.name, cache: sharedState() }, settings.signal);
  const base = { model: provider.name, url: provider.url, endpoints: describeEndpoints(description).map(formatEndpoint) };
  try {
    const plan = await provider.plan(settings);
    const parameters = plan.inputs.flatMap((role, index): ParameterMapping[] => {
      const input = plan.endpoint.inputs[index];
      if (role.kind === 'state' || input === undefined) return [];
      return [{ name: input.name, label: input.label, component: input.component, hasDefault: input.hasDefault, default: input.default, gets: role.kind }];
    });
    return { ...base, endpoint: plan.endpoint.apiName, parameters, then: plan.followUp?.apiName, answer: { kind: plan.answer.kind, output: plan.answer.index } };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'UnmappableSpaceError') throw error;
    return { ...base, error: error.message };
  }
}
