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

/**
 * The fn_index and trigger of the endpoint named `apiName` (with or without a leading "/").
 * Gradio numbers handlers by position, and a Space's layout changes; never hard-code them.
 */
export function findQueueEndpoint(config: GradioConfig, apiName: string, context: { provider: string; baseUrl: string }): QueueEndpoint {
  const { provider, baseUrl } = context;
  const wanted = apiName.replace(/^\//, '');
  const dependencies = config.dependencies ?? [];
  const index = dependencies.findIndex((dependency) => dependency.api_name === wanted);
  const dependency = dependencies[index];
  if (dependency === undefined) {
    const names = dependencies.flatMap((d) => (typeof d.api_name === 'string' ? [d.api_name] : []));
    throw new ResponseError(`the Space at ${baseUrl} has no endpoint "${wanted}" (it offers: ${names.join(', ') || 'none'}): the base URL points at another Space, or the Space changed and the provider needs an update.`, {
      provider,
    });
  }
  return { fnIndex: dependency.id ?? index, triggerId: dependency.targets?.[0]?.[0] ?? null };
}
