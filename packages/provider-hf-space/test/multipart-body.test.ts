import { describe, expect, it } from 'vitest';
import type { LoadedImage } from '@g4f/core';
import { multipartBody } from '../src/gradio/multipart-body.js';

const image = (filename: string, bytes: number[], mimeType = 'image/png'): LoadedImage => ({ bytes: new Uint8Array(bytes), mimeType, filename });

/** The body as a standard parser (undici's, which Node's fetch uses) reads it. */
async function parse(body: ReadableStream<Uint8Array> | string, contentType: string): Promise<{ name: string; type: string; bytes: Uint8Array }[]> {
  // Deprecated for servers, because it buffers the body; for a test's few bytes that is fine.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  return Promise.all(
    form.getAll('files').map(async (entry) => {
      if (typeof entry === 'string') throw new Error(`a text field, not a file: ${entry}`);
      return { name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) };
    }),
  );
}

describe('multipartBody', () => {
  it('is read back by a standard multipart parser: each image in the field, with its name, type and bytes', async () => {
    const images = [image('red.png', [137, 80, 78, 71, 0, 13, 10, 255]), image('photo.jpg', [255, 216, 255, 0], 'image/jpeg')];
    const { body, contentType } = multipartBody('files', images);
    expect(await parse(body, contentType)).toEqual(images.map((one) => ({ name: one.filename, type: one.mimeType, bytes: one.bytes })));
  });

  it('escapes quotes and line breaks in a filename, so they cannot end the header', async () => {
    const { body, contentType } = multipartBody('files', [image('a "b"\r\nX-Evil: 1.png', [1, 2, 3])]);
    const raw = await new Response(body).text();
    expect(raw).toContain('filename="a %22b%22%0D%0AX-Evil: 1.png"');
    // A standard parser turns the escapes back into the name as given.
    expect((await parse(raw, contentType)).map((file) => file.name)).toEqual(['a "b"\r\nX-Evil: 1.png']);
  });

  it('sends the image bytes themselves, not a copy', async () => {
    const bytes = new Uint8Array(1024).fill(7);
    const reader = multipartBody('files', [{ bytes, mimeType: 'image/png', filename: 'x.png' }]).body.getReader();
    await reader.read();
    const { value } = await reader.read();
    expect(value).toBe(bytes);
  });
});
