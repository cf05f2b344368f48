import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { galleryAt } from '../outputs/image-readers.js';

const randomSeed = (): number => Math.floor(Math.random() * 1_000_000);

/**
 * DeepSeek Janus-Pro-7B: `janus-pro-7b` looks at one image and answers
 * (`multimodal_understanding(image, question, seed, top_p, temperature)`, fn_index 2); without an
 * image the Space only fails ("AttributeError"), so none is sent. `janus-pro-7b-image` draws
 * (`generate_image(prompt, seed, guidance, temperature)`, fn_index 3, a Gallery). fn_index and
 * defaults as g4f's.
 */
export const DeepseekAI_JanusPro7b = new GradioSpaceProvider({
  name: 'DeepseekAI_JanusPro7b',
  label: 'DeepseekAI Janus-Pro-7B',
  url: 'https://deepseek-ai-janus-pro-7b.hf.space',
  space: 'deepseek-ai/Janus-Pro-7B',
  zeroGpu: true,
  defaultModel: 'janus-pro-7b',
  models: ['janus-pro-7b', 'janus-pro-7b-image'],
  visionModels: ['janus-pro-7b'],
  imageModels: ['janus-pro-7b-image'],
  options: (z) =>
    z.strictObject({
      /** Nucleus sampling when looking at an image. Default: 0.95. */
      topP: z.number().gt(0).max(1).default(0.95),
      /** How closely a drawing follows the prompt. Default: 5. */
      guidanceScale: z.number().min(1).max(10).default(5),
    }),
  endpoint: {
    apiName: 'multimodal_understanding',
    fnIndex: 2,
    requiresImage: true,
    buildData: ({ prompt, files, options, settings }) => [files[0] ?? null, prompt, options.seed ?? randomSeed(), settings.topP, options.temperature ?? 0.1],
  },
  modelEndpoints: {
    'janus-pro-7b-image': {
      apiName: 'generate_image',
      fnIndex: 3,
      buildData: ({ prompt, options, settings }) => [prompt, options.seed ?? randomSeed(), settings.guidanceScale, options.temperature ?? 1],
      readImages: galleryAt(0),
    },
  },
});
