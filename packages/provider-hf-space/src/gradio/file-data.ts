import type { LoadedImage } from '@g4f/core';

/** A file as Gradio passes it in `data`: its server path and what it is. */
export interface FileData {
  /** Where the Space keeps the file, as its upload route answered. */
  path: string;
  /** The file's own name. */
  orig_name: string;
  /** Its MIME type. */
  mime_type: string;
  /** Its size in bytes. */
  size: number;
  /** Tells Gradio that this object is a file. */
  meta: { _type: 'gradio.FileData' };
}

/** The FileData for a file (an image, a recording) uploaded to `path`. */
export function toFileData(path: string, file: LoadedImage): FileData {
  return {
    path,
    orig_name: file.filename,
    mime_type: file.mimeType,
    size: file.bytes.byteLength,
    meta: { _type: 'gradio.FileData' },
  };
}
