import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { galleryAt } from '../outputs/image-readers.js';

const seed = (value: number | undefined): number => value ?? Math.floor(Math.random() * 1_000_000);

/**
 * DeepSeek Janus-Pro-7B: `janus-pro-7b` looks at one image and answers
 * (`multimodal_understanding(image, question, seed, top_p, temperature)`); `janus-pro-7b-image`
 * draws (`generate_image(prompt, seed, guidance, temperature)`, a Gallery). Values from g4f.
 */
export const DeepseekAI_JanusPro7b = new GradioSpaceProvider({
  name: 'DeepseekAI_JanusPro7b',
  label: 'DeepseekAI Janus-Pro-7B',
  url: 'https://deepseek-ai-janus-pro-7b.hf.space',
  defaultModel: 'janus-pro-7b',
  models: ['janus-pro-7b', 'janus-pro-7b-image'],
  visionModels: ['janus-pro-7b'],
  imageModels: ['janus-pro-7b-image'],
  maxImages: 1,
  endpoint: {
    apiName: 'multimodal_understanding',
    buildData: ({ prompt, files, options }) => [files[0] ?? null, prompt, seed(options.seed), 0.95, 0.1],
  },
  modelEndpoints: {
    'janus-pro-7b-image': {
      apiName: 'generate_image',
      buildData: ({ prompt, options }) => [prompt, seed(options.seed), options.guidanceScale ?? 5, 1],
      readImages: galleryAt(0),
    },
  },
});
