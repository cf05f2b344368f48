import { MediaError } from '../errors/media-error.js';

// The data of a non-base64 data: URI is percent-encoded bytes (RFC 2397), not UTF-8 text:
// `%89PNG` is the byte 0x89, so decodeURIComponent, which wants UTF-8, cannot read it.
function percentDecode(data: string): Uint8Array {
  const stray = /%(?![0-9a-f]{2})/i.exec(data);
  if (stray !== null) {
    throw new MediaError(
      `The data: URI's data has "${data.slice(stray.index, stray.index + 3)}" at character ${stray.index}, which is not a percent-escape: write "%" as %25, or send the image as data:<type>;base64,<data>.`,
    );
  }
  const pieces = data.split(/(%[0-9a-f]{2})/i);
  return new Uint8Array(Buffer.concat(pieces.map((piece, index) => (index % 2 === 1 ? Buffer.of(Number.parseInt(piece.slice(1), 16)) : Buffer.from(piece, 'utf8')))));
}

/** The bytes of a `data:` URI, base64 or percent-encoded; throws MediaError when it is malformed. */
export function decodeDataUri(uri: string): Uint8Array {
  const comma = uri.indexOf(',');
  if (comma < 0) throw new MediaError('The data: URI has no comma before its data: expected data:<type>;base64,<data>.');
  const header = uri.slice(5, comma);
  const data = uri.slice(comma + 1);
  if (header.split(';').includes('base64')) return new Uint8Array(Buffer.from(data, 'base64'));
  return percentDecode(data);
}
