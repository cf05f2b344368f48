import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { imageSize, imageSizeOptions } from '../image-size.js';
import { imageAt } from '../outputs/image-readers.js';

/**
 * FLUX.1 [dev] on the queue: `infer(prompt, seed, randomize_seed, width, height, guidance_scale,
 * steps)` streams `[image, seed]`: previews while it draws, then the result (fn_index 2, as g4f
 * sends it). Defaults as g4f's.
 */
export const BlackForestLabs_Flux1Dev = new GradioSpaceProvider({
  name: 'BlackForestLabs_Flux1Dev',
  label: 'BlackForestLabs Flux-1-Dev',
  url: 'https://black-forest-labs-flux-1-dev.hf.space',
  space: 'black-forest-labs/FLUX.1-dev',
  zeroGpu: true,
  defaultModel: 'flux-dev',
  modelAliases: { flux: 'flux-dev', 'flux-1-dev': 'flux-dev', 'black-forest-labs-flux-1-dev': 'flux-dev' },
  imageModels: ['flux-dev'],
  options: (z) =>
    z.strictObject({
      ...imageSizeOptions(z),
      /** How closely the image follows the prompt. Default: 3.5. */
      guidanceScale: z.number().min(0).max(20).default(3.5),
      /** Diffusion steps. Default: 28. */
      steps: z.int().min(1).max(100).default(28),
    }),
  endpoint: {
    apiName: 'infer',
    fnIndex: 2,
    buildData: ({ prompt, options: { seed }, settings: s }) => [prompt, seed ?? 0, seed === undefined, ...imageSize(s), s.guidanceScale, s.steps],
    readImages: imageAt(0),
  },
});
