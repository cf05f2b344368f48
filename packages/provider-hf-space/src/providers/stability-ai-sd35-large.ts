import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { imageSize, imageSizeOptions } from '../image-size.js';
import { imageAt } from '../outputs/image-readers.js';

/**
 * Stable Diffusion 3.5 Large, on the REST call route as g4f uses it: `infer(prompt,
 * negative_prompt, seed, randomize_seed, width, height, guidance_scale, steps)` gives `[image, seed]`.
 * Defaults as g4f's.
 */
export const StabilityAI_SD35Large = new GradioSpaceProvider({
  name: 'StabilityAI_SD35Large',
  label: 'StabilityAI SD-3.5-Large',
  url: 'https://stabilityai-stable-diffusion-3-5-large.hf.space',
  space: 'stabilityai/stable-diffusion-3.5-large',
  protocol: 'call',
  defaultModel: 'stable-diffusion-3.5-large',
  modelAliases: {
    'sd-3.5': 'stable-diffusion-3.5-large',
    'sd-3.5-large': 'stable-diffusion-3.5-large',
    'stabilityai-stable-diffusion-3-5-large': 'stable-diffusion-3.5-large',
  },
  imageModels: ['stable-diffusion-3.5-large'],
  options: (z) =>
    z.strictObject({
      ...imageSizeOptions(z),
      /** What the image should not show. Default: nothing. */
      negativePrompt: z.string().optional(),
      /** How closely the image follows the prompt. Default: 4.5. */
      guidanceScale: z.number().min(0).max(20).default(4.5),
      /** Diffusion steps. Default: 50. */
      steps: z.int().min(1).max(100).default(50),
    }),
  endpoint: {
    apiName: 'infer',
    buildData: ({ prompt, options: { seed }, settings: s }) => [prompt, s.negativePrompt ?? '', seed ?? 0, seed === undefined, ...imageSize(s), s.guidanceScale, s.steps],
    readImages: imageAt(0),
  },
});
