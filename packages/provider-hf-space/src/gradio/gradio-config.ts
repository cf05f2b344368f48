import { ResponseError } from '@g4f/core';
import { ProtocolFault } from './call-faults.js';
import { preview } from './parse-event-data.js';

/** One event handler of a Gradio app, as `/config` lists it. */
export interface GradioDependency {
  id?: number;
  api_name?: string | false | null;
  inputs?: number[];
  outputs?: number[];
  targets?: [number, string][];
}

/** The parts of Gradio's `/config` the transport uses. */
export interface GradioConfig {
  /** "/gradio_api" on Gradio 5; absent (no prefix) on Gradio 4. */
  api_prefix?: string;
  /** The queue protocol version, "sse_v3" on Gradio 5. */
  protocol?: string;
  /** Gradio's version, for messages. */
  version?: string;
  dependencies?: GradioDependency[];
}

/** Where to send a queue request for an endpoint: its fn_index and trigger. */
export interface QueueEndpoint {
  fnIndex: number;
  triggerId: number | null;
}

/** A `/config` answer checked for the fields the transport reads, or a ProtocolFault naming the step. */
export function parseGradioConfig(value: unknown, step: string): GradioConfig {
  const config = value as GradioConfig | null;
  const wellFormed =
    typeof config === 'object' &&
    config !== null &&
    !Array.isArray(config) &&
    (config.api_prefix === undefined || typeof config.api_prefix === 'string') &&
    (config.dependencies === undefined || (Array.isArray(config.dependencies) && (config.dependencies as unknown[]).every((d) => typeof d === 'object' && d !== null)));
  if (!wellFormed) throw new ProtocolFault(step, 'a Gradio config (a JSON object listing the dependencies)', preview(value));
  return config;
}

/** Route prefix of the app's API: "/gradio_api", or "" for Gradio 4. */
export function apiPrefixOf(config: GradioConfig): string {
  return (config.api_prefix ?? '').replace(/\/+$/, '');
}

/** Which endpoint a call wants: its name, and where known its fn_index in the real Space. */
export interface EndpointWanted {
  apiName: string;
  fnIndex?: number | undefined;
  /** How many input values the call sends. */
  inputCount: number;
}

/**
 * The fn_index and trigger of the endpoint named `apiName` (with or without a leading "/") that
 * takes `inputCount` inputs; where the Space names none so, the handler at `fnIndex` taking as
 * many (Spaces whose names are unknown, only their real fn_index). The count tells apart two
 * Spaces that name their endpoints alike (SD 3.5's and FLUX's `infer`), so that a base URL
 * pointing at the other one is refused, not answered with a broken picture. Gradio numbers
 * handlers by their `id`, which need not be their place in the list.
 */
export function findQueueEndpoint(config: GradioConfig, wanted: EndpointWanted, context: { provider: string; baseUrl: string }): QueueEndpoint {
  const { provider, baseUrl } = context;
  const apiName = wanted.apiName.replace(/^\//, '');
  const dependencies = config.dependencies ?? [];
  const idOf = (dependency: GradioDependency): number => dependency.id ?? dependencies.indexOf(dependency);
  const takes = (candidate: GradioDependency): boolean => (candidate.inputs?.length ?? wanted.inputCount) === wanted.inputCount;
  const dependency =
    dependencies.find((candidate) => candidate.api_name === apiName && takes(candidate)) ??
    dependencies.find((candidate) => idOf(candidate) === wanted.fnIndex && takes(candidate));
  if (dependency === undefined) {
    const named = dependencies.flatMap((d) => (typeof d.api_name === 'string' ? [`${d.api_name} (fn_index ${idOf(d)}, ${d.inputs?.length ?? 0} inputs)`] : []));
    const where = wanted.fnIndex === undefined ? '' : ` nor a handler at fn_index ${wanted.fnIndex}`;
    throw new ResponseError(
      `the Space at ${baseUrl} has no endpoint "${apiName}"${where} taking ${wanted.inputCount} inputs (its named endpoints: ${named.join(', ') || 'none'}): the base URL points at another Space, or the Space changed and the provider needs an update.`,
      { provider },
    );
  }
  return { fnIndex: idOf(dependency), triggerId: dependency.targets?.[0]?.[0] ?? null };
}
