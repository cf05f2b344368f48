import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { firstFound, lastAssistantMessage, lastThought, lastTypedPart, toolPartStatus } from '../outputs/answer-locators.js';

const models = ['qwen3-235b-a22b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-14b', 'qwen3-8b', 'qwen3-4b', 'qwen3-1.7b', 'qwen3-0.6b'];

/**
 * The Qwen3 demo: one Space, eight models, thinking streamed apart as reasoning. Inputs and
 * fn_index 13 as g4f sends them: `[question, { thinking_budget, model, sys_prompt }, null, null]`.
 * Output 5 is modelscope_studio's pro Chatbot, sent as `gr.update(value=messages)`: the assistant's
 * content is typed parts, a `tool` part for the thinking (its title and status streamed as
 * reasoning status) and a `text` part for the answer. A Gradio messages Chatbot with a titled
 * thought (how Gradio itself shows thinking) is read too.
 */
export const Qwen_Qwen_3 = new GradioSpaceProvider({
  name: 'Qwen_Qwen_3',
  label: 'Qwen Qwen-3',
  url: 'https://qwen-qwen3-demo.hf.space',
  space: 'Qwen/Qwen3-Demo',
  defaultModel: 'qwen3-235b-a22b',
  models,
  modelAliases: {
    'qwen-3': 'qwen3-235b-a22b',
    'qwen-3-235b': 'qwen3-235b-a22b',
    'qwen-3-30b': 'qwen3-30b-a3b',
    'qwen-3-32b': 'qwen3-32b',
    'qwen-3-14b': 'qwen3-14b',
    'qwen-3-4b': 'qwen3-4b',
    'qwen-3-1.7b': 'qwen3-1.7b',
    'qwen-3-0.6b': 'qwen3-0.6b',
  },
  reasoningModels: models,
  supportsMessageHistory: false,
  // The demo keeps each session's history in a gr.State; g4f reuses its session hash.
  keepsConversation: true,
  options: (z) =>
    z.strictObject({
      /** How many thousand tokens the model may think for. Default: 38, as g4f sends. */
      thinkingBudget: z.int().min(1).max(38).default(38),
    }),
  endpoint: {
    apiName: 'add_message',
    fnIndex: 13,
    buildData: ({ lastUserMessage, model, system, settings }) => [
      lastUserMessage,
      { thinking_budget: settings.thinkingBudget, model, sys_prompt: system || 'You are a helpful and harmless assistant.' },
      null,
      null,
    ],
    locateAnswer: firstFound(lastTypedPart(5, 'text'), lastAssistantMessage(5)),
    locateReasoning: firstFound(lastTypedPart(5, 'tool'), lastThought(5)),
    readReasoningStatus: toolPartStatus(5),
  },
});
