import type { z } from 'zod';
import type { SpaceDefinition, SpaceEndpoint, SpaceInput, Zod } from '../space-definition.js';
import { answerReaders } from './answer-readers.js';
import { chatTurn, historyWithUserTurn } from './chat-history.js';
import type { EndpointPlan, InputRole } from './endpoint-plan.js';
import type { EndpointInput } from './space-description.js';

/** The facts of the provider a plan is for. */
export interface AnySpaceFacts {
  /** The provider's name, also its model's: "space:owner/name". */
  name: string;
  /** The Space's own URL (its hf.space host). */
  url: string;
  /** The Space's id: "owner/name". */
  space: string;
  /** The API prefix `/config` gave. */
  apiPrefix: string;
}

// A parameter's values as `/info` types them: a wrong type is refused before anything is sent.
function schemaFor(z: Zod, input: EndpointInput): z.ZodType {
  if (input.choices !== undefined && input.choices.length > 0 && input.choices.every((choice) => typeof choice === 'string')) {
    return z.enum(input.choices as [string, ...string[]]);
  }
  if (input.jsonType === 'number' || input.jsonType === 'integer') return z.number();
  if (input.jsonType === 'string') return z.string();
  if (input.jsonType === 'boolean') return z.boolean();
  return z.unknown();
}

/** The endpoint's settings: every input that is neither text, history, image nor state. */
export function settingInputs(plan: EndpointPlan): EndpointInput[] {
  return plan.inputs.flatMap((role) => (role.kind === 'setting' ? [role.input] : []));
}

function valueFor(role: InputRole, text: string, history: unknown[], input: SpaceInput): unknown {
  switch (role.kind) {
    case 'text':
      return role.multimodal ? { text, files: input.files } : text;
    case 'history':
      return history;
    case 'image':
      return role.gallery ? input.files.map((file) => ({ image: file, caption: null })) : (input.files[0] ?? null);
    case 'state':
    case 'session-history':
      return null;
    case 'setting':
      return input.settings[role.input.name] ?? role.input.default;
  }
}

/** The Space definition of a call planned onto one endpoint; the Gradio transport does the rest. */
export function anySpaceDefinition(plan: EndpointPlan, facts: AnySpaceFacts): SpaceDefinition {
  const { name, url, space, apiPrefix } = facts;
  const { followUp } = plan;
  const draws = plan.answer.kind === 'image';
  return {
    name,
    label: `Space ${space} /${plan.endpoint.apiName}`,
    url,
    space,
    apiPrefix,
    defaultModel: name,
    visionModels: plan.takesImage ? [name] : [],
    imageModels: draws ? [name] : [],
    maxImages: plan.takesImage ? 1 : 0,
    options: (z) => z.strictObject(Object.fromEntries(settingInputs(plan).map((input) => [input.name, schemaFor(z, input).optional()]))),
    endpoint:
      followUp === undefined
        ? directEndpoint(plan)
        : {
            apiName: followUp.apiName,
            fnIndex: followUp.fnIndex,
            buildData: (input) => [historyWithUserTurn(chatTurn(input.messages, followUp.format), followUp.format)],
            ...answerReaders(plan.answer),
          },
  };
}

// The endpoint itself, each input given its role's value.
function directEndpoint(plan: EndpointPlan): SpaceEndpoint {
  const history = plan.inputs.find((role) => role.kind === 'history');
  const sessionHistory = plan.inputs.find((role) => role.kind === 'session-history');
  const format = history?.format ?? sessionHistory?.seeder.format;
  return {
    apiName: plan.endpoint.apiName,
    fnIndex: plan.endpoint.fnIndex,
    buildData: (input) => {
      // An endpoint that takes the history gets the user's last words as text; any other the whole conversation.
      const turn = format === undefined ? undefined : chatTurn(input.messages, format);
      return plan.inputs.map((role) => valueFor(role, turn?.text ?? input.prompt, turn?.history ?? [], input));
    },
    // A ChatInterface reads its history from the session's State: its own handler fills it first.
    ...(sessionHistory === undefined
      ? {}
      : { before: (input) => [{ apiName: sessionHistory.seeder.apiName, fnIndex: sessionHistory.seeder.fnIndex, data: [chatTurn(input.messages, sessionHistory.seeder.format).history] }] }),
    ...answerReaders(plan.answer),
  };
}
