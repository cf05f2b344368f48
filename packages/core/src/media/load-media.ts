import { MediaError } from '../errors/media-error.js';
import type { MediaInput } from '../types/media.js';
import { audioExtension, audioTypeOf, SUPPORTED_AUDIO_TYPES } from './detect-audio-type.js';
import { imageExtension, SUPPORTED_IMAGE_TYPES } from './detect-image-type.js';
import type { LoadedImage } from './load-image.js';
import type { MediaOptions } from './media-limits.js';
import { toBytes } from './to-bytes.js';

/** What a media file is. */
export type MediaKind = 'image' | 'audio';

/** An image or a piece of audio read and checked: its bytes, MIME type, kind and a file name to upload it under. */
export interface LoadedMedia extends LoadedImage {
  /** Whether it is an image or audio. */
  kind: MediaKind;
}

/**
 * Reads any MediaInput, checks its size (the same limit for images and audio) and sniffs what it
 * is from its bytes: a supported image, or WAV, MP3, OGG, FLAC or WebM audio. Anything else is a
 * MediaError naming what was found and what is accepted. Unnamed files are `image.<ext>` or `audio.<ext>`.
 */
export async function loadMedia(input: MediaInput, filename?: string, options: MediaOptions = {}): Promise<LoadedMedia> {
  const bytes = await toBytes(input, options);
  // Loaded on first use: file-type costs about 40 ms at startup, and most answers have no media.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (found !== undefined && SUPPORTED_IMAGE_TYPES.includes(found.mime)) {
    return { bytes, mimeType: found.mime, filename: filename ?? `image.${imageExtension(found.mime)}`, kind: 'image' };
  }
  const audioType = found === undefined ? undefined : audioTypeOf(found.mime);
  if (audioType !== undefined) return { bytes, mimeType: audioType, filename: filename ?? `audio.${audioExtension(audioType)}`, kind: 'audio' };
  const what = found === undefined ? 'unrecognised data' : found.mime;
  throw new MediaError(`Unsupported media format (${what}): send an image (${SUPPORTED_IMAGE_TYPES.join(', ')}) or audio (${SUPPORTED_AUDIO_TYPES.join(', ')}).`);
}
