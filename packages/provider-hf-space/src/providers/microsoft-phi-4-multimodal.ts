import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastAssistantMessage } from '../outputs/answer-locators.js';

/**
 * Microsoft Phi-4-multimodal: text, images and audio in. As the Space's page does (and g4f), the
 * message goes first to `add_message` (fn_index 10, `[chatbot, {text, files}, state]`), which keeps
 * its files in the session, then `bot` (fn_index 11, `[chatbot, state]`) streams the answer into
 * the last assistant message of a messages Chatbot (output 0). A message without files sends an
 * empty list, where g4f sends None and fails.
 */
export const Microsoft_Phi_4_Multimodal = new GradioSpaceProvider({
  name: 'Microsoft_Phi_4_Multimodal',
  label: 'Microsoft Phi-4',
  url: 'https://microsoft-phi-4-multimodal.hf.space',
  space: 'microsoft/phi-4-multimodal',
  zeroGpu: true,
  defaultModel: 'phi-4-multimodal',
  modelAliases: { 'phi-4': 'phi-4-multimodal' },
  visionModels: ['phi-4-multimodal'],
  audioModels: ['phi-4-multimodal'],
  maxImages: 4,
  maxAudio: 2,
  endpoint: {
    apiName: 'bot',
    fnIndex: 11,
    before: ({ prompt, files }) => [{ apiName: 'add_message', fnIndex: 10, data: [[], { text: prompt, files }, null], outsideQueue: true }],
    buildData: ({ prompt }) => [[{ role: 'user', content: prompt }], null],
    locateAnswer: lastAssistantMessage(0),
  },
});
