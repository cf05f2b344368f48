import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastChatReply } from '../outputs/answer-locators.js';

/**
 * Qwen2.5, a Gradio 4 Space (no API prefix). Its chat handler (fn_index 3, as g4f sends it) takes
 * `[query, history, system, size]` (g4f always asks for 72B) and streams the reply into
 * modelscope_studio's legacy Chatbot (output 1), whose replies are `{"text", "flushing"}`; plain
 * string replies are read too.
 */
export const Qwen_Qwen_2_5 = new GradioSpaceProvider({
  name: 'Qwen_Qwen_2_5',
  label: 'Qwen Qwen-2.5',
  url: 'https://qwen-qwen2-5.hf.space',
  space: 'Qwen/Qwen2.5',
  apiPrefix: '',
  defaultModel: 'qwen-qwen2-5',
  modelAliases: { 'qwen-2.5': 'qwen-qwen2-5' },
  endpoint: {
    apiName: 'model_chat',
    fnIndex: 3,
    buildData: ({ promptWithoutSystem, system }) => [
      promptWithoutSystem,
      [],
      system || 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.',
      '72B',
    ],
    locateAnswer: lastChatReply(1),
  },
});
