import type { MediaInput } from '../types/media.js';
import { detectImageType, imageExtension } from './detect-image-type.js';
import type { MediaOptions } from './media-limits.js';
import { toBytes } from './to-bytes.js';

/** An image read and checked: its bytes, MIME type and a file name to upload it under. */
export interface LoadedImage {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** Its MIME type, sniffed from the bytes: "image/jpeg". */
  mimeType: string;
  /** The name to upload it under. */
  filename: string;
}

/** Reads any MediaInput, checks its size and format, and names it (`image.png` if unnamed). */
export async function loadImage(input: MediaInput, filename?: string, options: MediaOptions = {}): Promise<LoadedImage> {
  const bytes = await toBytes(input, options);
  const mimeType = await detectImageType(bytes);
  return { bytes, mimeType, filename: filename ?? `image.${imageExtension(mimeType)}` };
}
