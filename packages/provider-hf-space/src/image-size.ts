import type { Zod } from './space-definition.js';

/** The image-size settings as parsed. */
export interface ImageSizeSettings {
  /** The shape of the image where width or height is not given. */
  aspectRatio?: '1:1' | '16:9' | '9:16' | undefined;
  /** Width in pixels. */
  width?: number | undefined;
  /** Height in pixels. */
  height?: number | undefined;
}

type AspectRatio = NonNullable<ImageSizeSettings['aspectRatio']>;

// g4f's use_aspect_ratio: the size a ratio means where width or height is not given. The Record
// type has the compiler check that every ratio the settings name has its size.
const SIZES: Readonly<Record<AspectRatio, readonly [number, number]>> = { '1:1': [1024, 1024], '16:9': [832, 480], '9:16': [480, 832] };
const ASPECT_RATIOS = Object.keys(SIZES) as [AspectRatio, ...AspectRatio[]];

/** The image-size settings of a drawing Space, made with the zod given: an aspect ratio, or a width and height in pixels. */
export function imageSizeOptions(z: Zod) {
  return {
    /** The shape of the image where width or height is not given. Default: "1:1" (1024 x 1024, or the Space's own default size). */
    aspectRatio: z.enum(ASPECT_RATIOS).optional(),
    /** Width in pixels. Default: from the aspect ratio. */
    width: z.int().min(16).max(2048).optional(),
    /** Height in pixels. Default: from the aspect ratio. */
    height: z.int().min(16).max(2048).optional(),
  };
}

/**
 * The width and height to ask for, as g4f computes them; `defaultSize` is what a Space draws
 * when neither a size nor an aspect ratio is given (g4f's FLUX.1-schnell asks for 768 x 768).
 */
export function imageSize(settings: ImageSizeSettings, defaultSize: readonly [number, number] = SIZES['1:1']): [number, number] {
  const [width, height] = settings.aspectRatio === undefined ? defaultSize : SIZES[settings.aspectRatio];
  return [settings.width ?? width, settings.height ?? height];
}

/** A side rounded down to a multiple of 8, at least 32, as FLUX's pipeline needs (g4f's Voodoohop_Flux1Schnell). */
export function multipleOf8(side: number): number {
  return Math.max(32, side - (side % 8));
}
