import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastChatReply } from '../outputs/answer-locators.js';

/**
 * Qwen2.5-Max: `model_chat` takes `[query, history, system]` and streams the reply into a tuple
 * Chatbot (output 1). fn_index 0 and the inputs are g4f's.
 */
export const Qwen_Qwen_2_5_Max = new GradioSpaceProvider({
  name: 'Qwen_Qwen_2_5_Max',
  label: 'Qwen Qwen-2.5-Max',
  url: 'https://qwen-qwen2-5-max-demo.hf.space',
  space: 'Qwen/Qwen2.5-Max-Demo',
  defaultModel: 'qwen-qwen2-5-max',
  modelAliases: { 'qwen-2-5-max': 'qwen-qwen2-5-max', 'qwen-2.5-max': 'qwen-qwen2-5-max' },
  endpoint: {
    apiName: 'model_chat',
    fnIndex: 0,
    buildData: ({ promptWithoutSystem, system }) => [promptWithoutSystem, [], system || 'You are a helpful assistant.'],
    locateAnswer: lastChatReply(1),
  },
});
