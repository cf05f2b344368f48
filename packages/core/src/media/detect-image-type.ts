import { MediaError } from '../errors/media-error.js';

/** Image types the helpers accept, as MIME types. */
export const SUPPORTED_IMAGE_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/bmp',
  'image/tiff',
  'image/avif',
];

/** The image's MIME type from its leading bytes; throws MediaError for anything else. */
export async function detectImageType(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: file-type costs about 40 ms at startup, and most answers have no image.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (found !== undefined && SUPPORTED_IMAGE_TYPES.includes(found.mime)) return found.mime;
  const what = found === undefined ? 'unrecognised data' : found.mime;
  throw new MediaError(`Unsupported image format (${what}): use one of ${SUPPORTED_IMAGE_TYPES.join(', ')}.`);
}

/** The usual file extension for a supported image MIME type: "png", "jpg", ... */
export function imageExtension(mimeType: string): string {
  const subtype = mimeType.split('/')[1] ?? 'bin';
  return subtype === 'jpeg' ? 'jpg' : subtype;
}
