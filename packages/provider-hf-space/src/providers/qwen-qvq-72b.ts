import { GradioSpaceProvider } from '../gradio-space-provider.js';

/**
 * Qwen QVQ-72B-preview, a vision model: one image (or none) and a question in, a streamed
 * answer out. The Space's `generate` endpoint takes `[image, text]` and streams one growing string.
 */
export const Qwen_QVQ_72B = new GradioSpaceProvider({
  name: 'Qwen_QVQ_72B',
  label: 'Qwen QVQ-72B',
  url: 'https://qwen-qvq-72b-preview.hf.space',
  space: 'Qwen/QVQ-72B-preview',
  zeroGpu: true,
  defaultModel: 'qwen-qvq-72b-preview',
  modelAliases: { 'qvq-72b': 'qwen-qvq-72b-preview' },
  visionModels: ['qwen-qvq-72b-preview'],
  endpoint: {
    apiName: 'generate',
    buildData: ({ prompt, files }) => [files[0] ?? null, prompt],
  },
});
