import { ChatUiProvider } from '../chat-ui/chat-ui-provider.js';

/**
 * Cohere's Command models on CohereLabs/c4ai-command, a Space that runs Hugging Face's chat-ui,
 * not Gradio (g4f's CohereForAI_C4AI_Command). g4f picks one of several models at random for
 * `command-r-plus` and `command-r7b`; here each alias names one model: `command-r-plus` is itself
 * a model, `command-r7b` the 12-2024 one.
 */
export const CohereForAI_C4AI_Command = new ChatUiProvider({
  name: 'CohereForAI_C4AI_Command',
  label: 'CohereForAI C4AI Command',
  url: 'https://coherelabs-c4ai-command.hf.space',
  space: 'CohereLabs/c4ai-command',
  defaultModel: 'command-a-03-2025',
  models: [
    'command-a-03-2025',
    'command-r-plus-08-2024',
    'command-r-08-2024',
    'command-r-plus',
    'command-r',
    'command-r7b-12-2024',
    'command-r7b-arabic-02-2025',
  ],
  modelAliases: {
    'command-a': 'command-a-03-2025',
    'command-r7b': 'command-r7b-12-2024',
  },
});
