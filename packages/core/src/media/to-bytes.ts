import { resolveObjectURL } from 'node:buffer';
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MediaError } from '../errors/media-error.js';
import type { MediaInput } from '../types/media.js';
import { decodeDataUri } from './decode-data-uri.js';
import { DEFAULT_MAX_MEDIA_BYTES, type MediaOptions } from './media-limits.js';

function checkSize(size: number, maxBytes: number, what: string): void {
  if (size > maxBytes) {
    throw new MediaError(`${what} is ${size} bytes, over the ${maxBytes}-byte limit: shrink it or raise maxBytes.`);
  }
}

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new MediaError(`Media path "${path}" is not a file.`);
    checkSize(info.size, maxBytes, `Media file "${path}"`);
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (MediaError.isInstance(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    // A relative path is read from the current folder, which may not be the one the user thinks.
    const where = isAbsolute(path) ? '' : ` (looked for ${resolve(path)})`;
    const reason = code === 'ENOENT' ? `no such file${where}` : (code ?? String(error));
    throw new MediaError(`Cannot read media file "${path}": ${reason}.`, { cause: error });
  }
}

/** The bytes of any MediaInput: bytes, ArrayBuffer, Blob, `data:` URI, object URL (`blob:nodedata:`) or file path. */
export async function toBytes(input: MediaInput, options: MediaOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_MEDIA_BYTES;
  let bytes: Uint8Array;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else if (input instanceof Blob) {
    checkSize(input.size, maxBytes, 'The file');
    bytes = new Uint8Array(await input.arrayBuffer());
  } else if (typeof input === 'string') {
    if (input.startsWith('data:')) bytes = decodeDataUri(input);
    else if (input.startsWith('blob:nodedata:')) {
      // An object URL of this process (URL.createObjectURL): bytes handed on without a data: URI.
      const blob = resolveObjectURL(input);
      if (blob === undefined) throw new MediaError(`The file ${input} was released before it was read.`);
      checkSize(blob.size, maxBytes, 'The file');
      bytes = new Uint8Array(await blob.arrayBuffer());
    }    else if (/^https?:\/\//i.test(input)) {
      throw new MediaError(`Remote media URLs are not fetched ("${input.slice(0, 80)}"): download the file and pass its bytes or path.`);
    } else return readPath(input.startsWith('file:') ? fileURLToPath(input) : input, maxBytes);
  } else {
    throw new MediaError(`Unsupported media input (${Object.prototype.toString.call(input)}): pass bytes, a Blob, a data: URI or a file path.`);
  }
  checkSize(bytes.byteLength, maxBytes, 'The file');
  if (bytes.byteLength === 0) throw new MediaError('The file is empty (0 bytes).');
  return bytes;
}
