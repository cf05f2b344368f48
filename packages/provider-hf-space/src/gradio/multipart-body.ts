import { randomBytes } from 'node:crypto';
import type { LoadedImage } from '@g4f/core';

/** A multipart/form-data request body and the content type that names its boundary. */
export interface MultipartBody {
  body: ReadableStream<Uint8Array>;
  contentType: string;
}

// As the HTML standard (and undici's FormData) escape a field's filename.
const escapeFilename = (name: string): string => name.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');

/**
 * The files (images, recordings) as a multipart/form-data body, each in a `files` field, streamed
 * from the bytes already in memory. FormData would copy each file into a Blob, then again into the
 * chunks fetch reads from it, and ky keeps those chunks for a retry: a 20 MB image cost about 75 MB
 * more. Here the chunks are the file's own bytes, so the upload adds almost nothing.
 */
export function multipartBody(field: string, files: readonly LoadedImage[]): MultipartBody {
  const boundary = `----g4f${randomBytes(12).toString('hex')}`;
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${escapeFilename(file.filename)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`;
    chunks.push(encoder.encode(head), file.bytes, encoder.encode('\r\n'));
  }
  chunks.push(encoder.encode(`--${boundary}--\r\n`));
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}
