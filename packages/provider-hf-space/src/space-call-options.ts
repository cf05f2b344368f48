import type { ProviderOptions } from '@g4f/core';
import type { GradioProtocol } from './gradio/space-route.js';

/** Options of one call to a Space provider; image Spaces read the image options. */
export interface SpaceCallOptions extends ProviderOptions {
  /** The protocol for this call. Default: the provider's setting. */
  protocol?: GradioProtocol | undefined;
  /** Width of a generated image, in pixels. Default: the Space's (1024 for SD 3.5 and FLUX). */
  width?: number | undefined;
  /** Height of a generated image, in pixels. Default: the Space's (1024). */
  height?: number | undefined;
  /** A fixed seed for reproducible images. Default: a random one. */
  seed?: number | undefined;
  /** What a generated image should not show (SD 3.5). Default: nothing. */
  negativePrompt?: string | undefined;
  /** How closely an image follows the prompt. Default: the Space's. */
  guidanceScale?: number | undefined;
  /** Diffusion steps. Default: the Space's. */
  steps?: number | undefined;
}
