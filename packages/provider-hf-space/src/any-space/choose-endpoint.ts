import { describeEndpoints } from './describe-endpoints.js';
import { planEndpoint, type EndpointPlan } from './endpoint-plan.js';
import type { EndpointDescription, SpaceDescription } from './space-description.js';
import { formatEndpoint, UnmappableSpaceError } from './unmappable-space-error.js';

/** Who asks, for the error. */
export interface ChoiceContext {
  provider: string;
}

// A gr.ChatInterface names its chat endpoint "chat" (Gradio 4, 5) or after its function, then its only one (Gradio 6).
function chatInterfaceEndpoint(endpoints: readonly EndpointDescription[]): EndpointDescription | undefined {
  return endpoints.find((endpoint) => endpoint.apiName === 'chat') ?? (endpoints.length === 1 ? endpoints[0] : undefined);
}

/**
 * The endpoint a call goes to: the one named; else a ChatInterface's chat endpoint; else the
 * single endpoint that takes one text input and gives text, a chat or an image. Throws
 * UnmappableSpaceError saying why and listing the endpoints otherwise.
 */
export function chooseEndpoint(description: SpaceDescription, wanted: string | undefined, context: ChoiceContext): EndpointPlan {
  const endpoints = describeEndpoints(description);
  const refuse = (reason: string): never => {
    throw new UnmappableSpaceError(reason, endpoints.map(formatEndpoint), context);
  };
  const planOf = (endpoint: EndpointDescription): EndpointPlan => {
    const plan = planEndpoint(endpoint);
    return typeof plan === 'string' ? refuse(`The Space's endpoint /${endpoint.apiName} cannot take a chat: ${plan}.`) : plan;
  };
  if (wanted !== undefined) {
    const named = endpoints.find((endpoint) => endpoint.apiName === wanted.replace(/^\//, ''));
    return named === undefined ? refuse(`The Space has no endpoint named /${wanted.replace(/^\//, '')}.`) : planOf(named);
  }
  if (description.config.mode === 'chat_interface') {
    const chat = chatInterfaceEndpoint(endpoints);
    if (chat !== undefined) return planOf(chat);
  }
  const planned = endpoints.map(planEndpoint);
  const plans = planned.filter((plan): plan is EndpointPlan => typeof plan !== 'string');
  const [only, another] = plans;
  if (only === undefined) {
    const reasons = planned.map((reason, index) => `/${endpoints[index]?.apiName ?? ''}: ${typeof reason === 'string' ? reason : 'it could'}`);
    return refuse(`No endpoint of the Space takes one text input and gives text, a chat or an image (${reasons.join('; ') || 'it has no named endpoints'}).`);
  }
  if (another !== undefined) {
    return refuse(`The Space has ${plans.length} endpoints that could answer (${plans.map((plan) => `/${plan.endpoint.apiName}`).join(', ')}), and none was named.`);
  }
  return only;
}
