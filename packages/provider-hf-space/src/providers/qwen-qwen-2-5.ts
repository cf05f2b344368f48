import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastChatReply } from '../outputs/answer-locators.js';

/**
 * Qwen2.5, a Gradio 4 Space (no API prefix). Its `model_chat` endpoint takes
 * `[query, history, system, size]` (modelled on g4f's request body, which always asks for 72B) and
 * streams the reply into a tuple Chatbot (output 1).
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
    buildData: ({ promptWithoutSystem, system }) => [
      promptWithoutSystem,
      [],
      system || 'You are Qwen, created by Alibaba Cloud. You are a helpful assistant.',
      '72B',
    ],
    locateAnswer: lastChatReply(1),
  },
});
