import type { ChatFollowUp, ChatFormat, ConfigComponent, DescribedConfig, EndpointDescription, EndpointInput, HistorySeeder, InfoParameter, SpaceDescription } from './space-description.js';

// A Chatbot says its format in its props (Gradio 4 and 5); Gradio 6 has only messages, of typed parts.
function chatFormatOf(component: ConfigComponent | undefined, version: string): ChatFormat | undefined {
  if (component?.type !== 'chatbot') return undefined;
  if (component.props?.type === 'tuples') return 'tuples';
  return Number.parseInt(version, 10) >= 6 ? 'typed-messages' : 'messages';
}

function componentsById(config: DescribedConfig): Map<number, ConfigComponent> {
  return new Map((config.components ?? []).map((component) => [component.id, component]));
}

function inputFrom(component: ConfigComponent | undefined, parameter: InfoParameter | undefined, index: number, version: string): EndpointInput {
  const type = component?.type.toLowerCase() ?? parameter?.component?.toLowerCase() ?? 'unknown';
  if (type === 'state' || parameter === undefined) {
    return { name: `state_${index}`, label: '', component: type, state: true, hasDefault: true, default: null };
  }
  const jsonType = typeof parameter.type?.type === 'string' ? parameter.type.type : undefined;
  return {
    name: parameter.parameter_name ?? `param_${index}`,
    label: typeof parameter.label === 'string' ? parameter.label : '',
    component: (parameter.component ?? type).toLowerCase(),
    state: false,
    hasDefault: parameter.parameter_has_default === true,
    default: parameter.parameter_default ?? null,
    jsonType,
    choices: Array.isArray(parameter.type?.enum) ? parameter.type.enum : undefined,
    chatFormat: chatFormatOf(component, version),
  };
}

type Dependency = NonNullable<DescribedConfig['dependencies']>[number];

// The first handler that takes only a Chatbot and writes the State `id`: Gradio 5 and 6's
// ChatInterface copies its Chatbot into the history State its API reads this way.
function seederOf(id: number, dependencies: readonly Dependency[], components: Map<number, ConfigComponent>, version: string): HistorySeeder | undefined {
  for (const [index, dependency] of dependencies.entries()) {
    const [only, ...more] = dependency.inputs ?? [];
    const chatbot = only === undefined ? undefined : components.get(only);
    const format = chatFormatOf(chatbot, version);
    if (more.length > 0 || format === undefined || typeof dependency.api_name !== 'string' || !(dependency.outputs ?? []).includes(id)) continue;
    return { apiName: dependency.api_name, fnIndex: dependency.id ?? index, format };
  }
  return undefined;
}

// The named handler chained after `id` (`.then()`) that takes only a Chatbot `id` writes and writes it back.
function followUpOf(id: number, outputs: readonly number[], dependencies: readonly Dependency[], components: Map<number, ConfigComponent>, version: string): ChatFollowUp | undefined {
  for (const [index, dependency] of dependencies.entries()) {
    const [only, ...more] = dependency.inputs ?? [];
    const format = chatFormatOf(only === undefined ? undefined : components.get(only), version);
    const output = only === undefined ? -1 : (dependency.outputs ?? []).indexOf(only);
    if (dependency.trigger_after !== id || more.length > 0 || format === undefined || only === undefined) continue;
    if (typeof dependency.api_name !== 'string' || !outputs.includes(only) || output < 0) continue;
    return { apiName: dependency.api_name, fnIndex: dependency.id ?? index, format, output };
  }
  return undefined;
}

/**
 * The Space's named endpoints, each input joined with its component: `/info` lists the
 * parameters a caller gives (no State inputs), `/config` every input of the handler in order, so
 * the two are walked together, a State taking no parameter.
 */
export function describeEndpoints({ config, info }: SpaceDescription): EndpointDescription[] {
  const components = componentsById(config);
  const version = config.version ?? '';
  const dependencies = config.dependencies ?? [];
  return Object.entries(info.named_endpoints ?? {}).flatMap(([route, endpoint]) => {
    const apiName = route.replace(/^\//, '');
    const dependency = dependencies.find((candidate) => candidate.api_name === apiName);
    if (dependency === undefined) return [];
    const parameters = [...(endpoint.parameters ?? [])];
    const inputs = (dependency.inputs ?? []).map((id, index) => {
      const component = components.get(id);
      if (component?.type === 'state') return { ...inputFrom(component, undefined, index, version), seededBy: seederOf(id, dependencies, components, version) };
      return inputFrom(component, parameters.shift(), index, version);
    });
    const outputs = (dependency.outputs ?? []).map((id) => {
      const component = components.get(id);
      return { component: component?.type.toLowerCase() ?? 'unknown', chatFormat: chatFormatOf(component, version) };
    });
    const fnIndex = dependency.id ?? dependencies.indexOf(dependency);
    return [{ apiName, fnIndex, inputs, outputs, followUp: followUpOf(fnIndex, dependency.outputs ?? [], dependencies, components, version) }];
  });
}
