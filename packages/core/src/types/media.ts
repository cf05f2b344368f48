/**
 * Anything that holds an image's bytes: bytes (a Node Buffer is a Uint8Array), an ArrayBuffer,
 * a Blob, a `data:` URI, or a file path (`file:` URLs too).
 */
export type MediaInput = Uint8Array | ArrayBuffer | Blob | string;

/** One image, with an optional file name to upload it under. */
export type MediaItem = readonly [media: MediaInput, filename?: string];

/** The images that go with a request, in order. */
export type MediaList = readonly MediaItem[];
