import type { LoadedImage } from '@g4f/core';

/** A file as Gradio passes it in `data`: its server path and what it is. */
export interface FileData {
  path: string;
  orig_name: string;
  mime_type: string;
  size: number;
  meta: { _type: 'gradio.FileData' };
}

/** The FileData for an image uploaded to `path`. */
export function toFileData(path: string, image: LoadedImage): FileData {
  return {
    path,
    orig_name: image.filename,
    mime_type: image.mimeType,
    size: image.bytes.byteLength,
    meta: { _type: 'gradio.FileData' },
  };
}
