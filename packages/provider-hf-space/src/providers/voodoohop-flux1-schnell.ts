import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { imageSize, imageSizeOptions, multipleOf8 } from '../image-size.js';
import { imageAt } from '../outputs/image-readers.js';

const DEFAULT_SIZE = [768, 768] as const;

/**
 * FLUX.1 [schnell], a Gradio 4 Space, on the REST call route as g4f uses it: `infer(prompt, seed,
 * randomize_seed, width, height, steps)` gives `[image, seed]`. Width and height are rounded down
 * to a multiple of 8, at least 32; 768 x 768 and 2 steps by default, as g4f's.
 */
export const Voodoohop_Flux1Schnell = new GradioSpaceProvider({
  name: 'Voodoohop_Flux1Schnell',
  label: 'Voodoohop Flux-1-Schnell',
  url: 'https://voodoohop-flux-1-schnell.hf.space',
  space: 'voodoohop/flux-1-schnell',
  protocol: 'call',
  apiPrefix: '',
  defaultModel: 'voodoohop-flux-1-schnell',
  modelAliases: { 'flux-schnell': 'voodoohop-flux-1-schnell', flux: 'voodoohop-flux-1-schnell' },
  imageModels: ['voodoohop-flux-1-schnell'],
  options: (z) =>
    z.strictObject({
      ...imageSizeOptions(z),
      /** Diffusion steps. Default: 2. */
      steps: z.int().min(1).max(50).default(2),
    }),
  endpoint: {
    apiName: 'infer',
    buildData: ({ prompt, options: { seed }, settings: s }) => [prompt, seed ?? 0, seed === undefined, ...imageSize(s, DEFAULT_SIZE).map(multipleOf8), s.steps],
    readImages: imageAt(0),
  },
});
