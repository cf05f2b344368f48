import type { MediaInput } from '../types/media.js';
import { loadImage } from './load-image.js';
import type { MediaOptions } from './media-limits.js';

/** A `data:<type>;base64,...` URI of an image, its type sniffed from its bytes. */
export async function toDataUri(input: MediaInput, options: MediaOptions = {}): Promise<string> {
  const { bytes, mimeType } = await loadImage(input, undefined, options);
  return `data:${mimeType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}
