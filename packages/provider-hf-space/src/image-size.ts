import type { Zod } from './space-definition.js';

// g4f's use_aspect_ratio: the size a ratio means where width or height is not given.
const SIZES = { '1:1': [1024, 1024], '16:9': [832, 480], '9:16': [480, 832] } as const;
type AspectRatio = keyof typeof SIZES;
const ASPECT_RATIOS = Object.keys(SIZES) as [AspectRatio, ...AspectRatio[]];

/** The image-size settings of a drawing Space, made with the zod given: an aspect ratio, or a width and height in pixels. */
export function imageSizeOptions(z: Zod) {
  return {
    /** The shape of the image where width or height is not given. Default: "1:1" (1024 x 1024). */
    aspectRatio: z.enum(ASPECT_RATIOS).optional(),
    /** Width in pixels. Default: from the aspect ratio. */
    width: z.int().min(16).max(2048).optional(),
    /** Height in pixels. Default: from the aspect ratio. */
    height: z.int().min(16).max(2048).optional(),
  };
}

/** The width and height to ask for, as g4f computes them. */
export function imageSize(settings: { aspectRatio?: AspectRatio | undefined; width?: number | undefined; height?: number | undefined }): [number, number] {
  const [width, height] = SIZES[settings.aspectRatio ?? '1:1'];
  return [settings.width ?? width, settings.height ?? height];
}
