import type { ImagePart } from '@g4f/core';

interface FileValue {
  path?: unknown;
  url?: unknown;
  mime_type?: unknown;
}

// The image types Spaces return, by the file's extension, for files whose mime_type is null.
const IMAGE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif', avif: 'image/avif', bmp: 'image/bmp' };

function mediaTypeOf(file: FileValue, url: string): string | undefined {
  if (typeof file.mime_type === 'string' && file.mime_type !== '') return file.mime_type;
  const extension = /\.(\w+)$/.exec(url.split(/[?#]/)[0] ?? '')?.[1]?.toLowerCase();
  return extension === undefined ? undefined : IMAGE_TYPES[extension];
}

/**
 * An image part for a file the Space returned: its own absolute URL where it gave one, else its
 * path resolved against the Space (`{api}/file={path}`), and its media type (the Space's, else
 * the extension's). Undefined for anything that is no file.
 */
export function imagePartFor(value: unknown, apiUrl: string, alt: string | undefined): ImagePart | undefined {
  const file: FileValue = typeof value === 'string' ? { path: value } : (value ?? {});
  let url: string | undefined;
  if (typeof file.url === 'string' && /^https?:\/\//.test(file.url)) url = file.url;
  else if (typeof file.path === 'string' && file.path !== '') url = `${apiUrl}/file=${file.path}`;
  if (url === undefined) return undefined;
  const mediaType = mediaTypeOf(file, url);
  return { type: 'image', url, ...(mediaType === undefined ? {} : { mediaType }), ...(alt === undefined ? {} : { alt }) };
}
