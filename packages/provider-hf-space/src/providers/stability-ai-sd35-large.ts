import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { imageAt } from '../outputs/image-readers.js';

/**
 * Stable Diffusion 3.5 Large, on the REST call route as g4f uses it: `infer(prompt,
 * negative_prompt, seed, randomize_seed, width, height, guidance_scale, steps)` gives `[image, seed]`.
 */
export const StabilityAI_SD35Large = new GradioSpaceProvider({
  name: 'StabilityAI_SD35Large',
  label: 'StabilityAI SD-3.5-Large',
  url: 'https://stabilityai-stable-diffusion-3-5-large.hf.space',
  protocol: 'call',
  defaultModel: 'stable-diffusion-3.5-large',
  modelAliases: { 'sd-3.5': 'stable-diffusion-3.5-large', 'sd-3.5-large': 'stable-diffusion-3.5-large' },
  imageModels: ['stable-diffusion-3.5-large'],
  endpoint: {
    apiName: 'infer',
    buildData: ({ prompt, options: o }) => [prompt, o.negativePrompt ?? '', o.seed ?? 0, o.seed === undefined, o.width ?? 1024, o.height ?? 1024, o.guidanceScale ?? 4.5, o.steps ?? 40],
    readImages: imageAt(0),
  },
});
