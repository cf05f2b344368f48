import { afterEach, describe, expect, it } from 'vitest';
import type { LoadedMedia } from '@g4f/core';
import { createSpaceHttp } from '../src/gradio/space-http.js';
import { uploadFiles } from '../src/gradio/upload-files.js';
import { json, startFakeSpace, type FakeSpace } from './helpers/fake-space.js';

const file = (kind: LoadedMedia['kind'], filename: string): LoadedMedia => ({ bytes: new Uint8Array([1, 2, 3]), mimeType: kind === 'audio' ? 'audio/wav' : 'image/png', filename, kind });

let space: FakeSpace | undefined;
afterEach(async () => {
  await space?.close();
  space = undefined;
});

// A Space that refuses every upload, so that the error names what was being uploaded.
async function refusedUpload(files: LoadedMedia[]): Promise<string> {
  space = await startFakeSpace({ 'POST /gradio_api/upload': json({ detail: 'Payload Too Large' }, 413) });
  const http = createSpaceHttp({ retry: { retries: 0 } });
  const error = await uploadFiles(http, `${space.url}/gradio_api`, files, { provider: 'P', signal: new AbortController().signal }).catch((e: unknown) => e);
  return (error as Error).message;
}

describe('uploadFiles', () => {
  it('says what it could not upload: the image, the recording, or how many files', async () => {
    expect(await refusedUpload([file('image', 'a.png')])).toMatch(/^P: could not upload the image: HTTP 413/);
    expect(await refusedUpload([file('audio', 'a.wav')])).toMatch(/^P: could not upload the recording: HTTP 413/);
    expect(await refusedUpload([file('image', 'a.png'), file('image', 'b.png')])).toMatch(/^P: could not upload 2 images: HTTP 413/);
    expect(await refusedUpload([file('image', 'a.png'), file('audio', 'a.wav')])).toMatch(/^P: could not upload 2 files: HTTP 413/);
  });

  it('gives each uploaded file its server path, name, type and size', async () => {
    space = await startFakeSpace({ 'POST /gradio_api/upload': json(['/tmp/gradio/a.wav']) });
    const [uploaded] = await uploadFiles(createSpaceHttp({}), `${space.url}/gradio_api`, [file('audio', 'a.wav')], { provider: 'P', signal: new AbortController().signal });
    expect(uploaded).toEqual({ path: '/tmp/gradio/a.wav', orig_name: 'a.wav', mime_type: 'audio/wav', size: 3, meta: { _type: 'gradio.FileData' } });
  });
});
