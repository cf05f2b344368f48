import { randomBytes } from 'node:crypto';
import type { LoadedImage } from '@g4f/core';
import type { KyInstance } from 'ky';
import { ProtocolFault } from './call-faults.js';
import { toFileData, type FileData } from './file-data.js';
import { multipartBody } from './multipart-body.js';
import { preview } from './parse-event-data.js';
import { readJson, sendRequest } from './space-request.js';

/** Uploads images to a Space (`POST {api}/upload`, field `files`) and returns their FileData. */
export async function uploadImages(
  http: KyInstance,
  apiUrl: string,
  images: readonly LoadedImage[],
  context: { provider: string; signal: AbortSignal },
): Promise<FileData[]> {
  const { provider, signal } = context;
  const step = { provider, step: images.length === 1 ? 'upload the image' : `upload ${images.length} images` };
  const uploadId = randomBytes(8).toString('hex');
  const { body, contentType } = multipartBody('files', images);
  // An upload takes as long as its images need; the call's timeout bounds it, not the request timeout.
  const options = { method: 'post', body, headers: { 'content-type': contentType }, signal, timeout: false } as const;
  const paths = await readJson(await sendRequest(http, `${apiUrl}/upload?upload_id=${uploadId}`, options, step), step);
  if (!Array.isArray(paths) || paths.length !== images.length || !paths.every((path) => typeof path === 'string')) {
    throw new ProtocolFault(step.step, `a list of ${images.length} server path(s)`, preview(paths));
  }
  return images.map((image, index) => toFileData(paths[index] as string, image));
}
