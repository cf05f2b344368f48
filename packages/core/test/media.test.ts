import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectImageType, loadImage, MediaError, toBytes, toDataUri } from '@g4f/core';

const imagesDir = fileURLToPath(new URL('../../../fixtures/images/', import.meta.url));
const pngPath = `${imagesDir}red-4x3.png`;

describe('toBytes', async () => {
  const png = new Uint8Array(await readFile(pngPath));

  it.each([
    ['bytes', png],
    ['a Node Buffer', Buffer.from(png)],
    ['an ArrayBuffer', png.slice().buffer],
    ['a Blob', new Blob([png])],
    ['a file path', pngPath],
    ['a file: URL', pathToFileURL(pngPath).href],
    ['a base64 data: URI', `data:image/png;base64,${Buffer.from(png).toString('base64')}`],
  ])('reads %s', async (_, input) => {
    expect(Buffer.from(await toBytes(input)).equals(png)).toBe(true);
  });

  it('reads an object URL of this process, and says when it was released', async () => {
    const url = URL.createObjectURL(new Blob([png]));
    expect(Buffer.from(await toBytes(url)).equals(png)).toBe(true);
    URL.revokeObjectURL(url);
    await expect(toBytes(url)).rejects.toThrow(MediaError);
  });

  it('reads a percent-encoded data: URI', async () => {
    expect(await toBytes('data:text/plain,a%20b')).toEqual(new TextEncoder().encode('a b'));
  });

  it('reads a percent-encoded binary image, whose escapes are bytes and not UTF-8', async () => {
    const percentEncoded = [...png].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
    expect(Buffer.from(await toBytes(`data:image/png,${percentEncoded}`)).equals(png)).toBe(true);
  });

  it('says where a data: URI has a "%" that is no percent-escape, as a MediaError', async () => {
    const error = await toBytes('data:image/png,%zz').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MediaError);
    expect((error as Error).message).toBe(
      'The data: URI\'s data has "%zz" at character 0, which is not a percent-escape: write "%" as %25, or send the image as data:<type>;base64,<data>.',
    );
  });

  it('says which file is missing', async () => {
    await expect(toBytes('/no/such/image.png')).rejects.toThrow(new MediaError('Cannot read media file "/no/such/image.png": no such file.'));
    // A relative path says where it was looked for: the current folder may not be the user's.
    await expect(toBytes('no-such/image.png')).rejects.toThrow(new MediaError(`Cannot read media file "no-such/image.png": no such file (looked for ${process.cwd()}/no-such/image.png).`));
  });

  it('refuses remote URLs, unsupported inputs, empty and oversized images', async () => {
    await expect(toBytes('https://example.com/cat.png')).rejects.toThrow(/Remote media URLs are not fetched/);
    await expect(toBytes(42 as unknown as string)).rejects.toThrow(/Unsupported media input \(\[object Number\]\)/);
    await expect(toBytes(new Uint8Array())).rejects.toThrow('The file is empty');
    await expect(toBytes(png, { maxBytes: 10 })).rejects.toThrow(`The file is ${png.byteLength} bytes, over the 10-byte limit`);
    await expect(toBytes(pngPath, { maxBytes: 10 })).rejects.toThrow(/over the 10-byte limit/);
    await expect(toBytes(new Blob([png]), { maxBytes: 10 })).rejects.toThrow(MediaError);
  });
});

describe('detectImageType', () => {
  it.each([
    ['red-4x3.png', 'image/png'],
    ['red-4x3.jpg', 'image/jpeg'],
    ['red-4x3.gif', 'image/gif'],
    ['red-4x3.webp', 'image/webp'],
    ['red-4x3.bmp', 'image/bmp'],
  ])('knows %s as %s by its bytes', async (file, mime) => {
    expect(await detectImageType(new Uint8Array(await readFile(imagesDir + file)))).toBe(mime);
  });

  it('throws MediaError for data that is not an image', async () => {
    await expect(detectImageType(new TextEncoder().encode('just some text'))).rejects.toThrow(/Unsupported image format \(unrecognised data\)/);
    await expect(detectImageType(new TextEncoder().encode('%PDF-1.4\n%...'))).rejects.toThrow(/application\/pdf/);
  });
});

describe('loadImage and toDataUri', () => {
  it('names an unnamed image after its type', async () => {
    const image = await loadImage(`${imagesDir}red-4x3.jpg`);
    expect([image.mimeType, image.filename]).toEqual(['image/jpeg', 'image.jpg']);
    expect((await loadImage(pngPath, 'cat.png')).filename).toBe('cat.png');
  });

  it('makes a data: URI that reads back to the same bytes', async () => {
    const uri = await toDataUri(pngPath);
    expect(uri.startsWith('data:image/png;base64,')).toBe(true);
    expect(await toBytes(uri)).toEqual(new Uint8Array(await readFile(pngPath)));
  });
});
