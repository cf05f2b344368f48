import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastChatReply } from '../outputs/answer-locators.js';

/**
 * Qwen2-72B-Instruct, a Gradio 4 Space (no API prefix). Its `model_chat` endpoint takes
 * `[query, history, system]` and streams the reply into a tuple Chatbot (output 1); fn_index 0 and the inputs are
 * g4f's, which sends the conversation as one prompt and no history.
 */
export const Qwen_Qwen_2_72B = new GradioSpaceProvider({
  name: 'Qwen_Qwen_2_72B',
  label: 'Qwen Qwen-2.72B',
  url: 'https://qwen-qwen2-72b-instruct.hf.space',
  space: 'Qwen/Qwen2-72B-Instruct',
  apiPrefix: '',
  defaultModel: 'qwen-qwen2-72b-instruct',
  modelAliases: { 'qwen-2-72b': 'qwen-qwen2-72b-instruct' },
  endpoint: {
    apiName: 'model_chat',
    fnIndex: 0,
    buildData: ({ promptWithoutSystem, system }) => [promptWithoutSystem, [], system || 'You are a helpful assistant.'],
    locateAnswer: lastChatReply(1),
  },
});
