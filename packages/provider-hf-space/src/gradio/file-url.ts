import type { ImagePart } from '@g4f/core';

interface FileValue {
  path?: unknown;
  url?: unknown;
  mime_type?: unknown;
}

/**
 * An image part for a file the Space returned: its own absolute URL where it gave one, else its
 * path resolved against the Space (`{api}/file={path}`). Undefined for anything that is no file.
 */
export function imagePartFor(value: unknown, apiUrl: string, alt: string | undefined): ImagePart | undefined {
  const file: FileValue = typeof value === 'string' ? { path: value } : (value ?? {});
  let url: string | undefined;
  if (typeof file.url === 'string' && /^https?:\/\//.test(file.url)) url = file.url;
  else if (typeof file.path === 'string' && file.path !== '') url = `${apiUrl}/file=${file.path}`;
  if (url === undefined) return undefined;
  const mediaType = typeof file.mime_type === 'string' ? file.mime_type : undefined;
  return { type: 'image', url, ...(mediaType === undefined ? {} : { mediaType }), ...(alt === undefined ? {} : { alt }) };
}
