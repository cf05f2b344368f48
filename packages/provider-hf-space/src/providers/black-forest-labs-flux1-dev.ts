import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { imageAt } from '../outputs/image-readers.js';

/**
 * FLUX.1 [dev] on the queue: `infer(prompt, seed, randomize_seed, width, height, guidance_scale,
 * steps)` gives `[image, seed]`. g4f hard-codes its fn_index; we find it by api_name.
 */
export const BlackForestLabs_Flux1Dev = new GradioSpaceProvider({
  name: 'BlackForestLabs_Flux1Dev',
  label: 'BlackForestLabs Flux-1-Dev',
  url: 'https://black-forest-labs-flux-1-dev.hf.space',
  defaultModel: 'flux-dev',
  modelAliases: { flux: 'flux-dev', 'flux-1-dev': 'flux-dev' },
  imageModels: ['flux-dev'],
  endpoint: {
    apiName: 'infer',
    buildData: ({ prompt, options: o }) => [prompt, o.seed ?? 0, o.seed === undefined, o.width ?? 1024, o.height ?? 1024, o.guidanceScale ?? 3.5, o.steps ?? 28],
    readImages: imageAt(0),
  },
});
