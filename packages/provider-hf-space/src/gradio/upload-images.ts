import { randomBytes } from 'node:crypto';
import type { LoadedImage } from '@g4f/core';
import type { KyInstance } from 'ky';
import { ProtocolFault } from './call-faults.js';
import { toFileData, type FileData } from './file-data.js';
import { multipartBody } from './multipart-body.js';
import { preview } from './parse-event-data.js';
import { withRetry, type RetrySettings } from './retry-policy.js';
import { readJson, sendRequest } from './space-request.js';

/** Uploads images to a Space (`POST {api}/upload`, field `files`) and returns their FileData. */
export async function uploadImages(
  http: KyInstance,
  apiUrl: string,
  images: readonly LoadedImage[],
  context: { provider: string; retry: RetrySettings; signal: AbortSignal },
): Promise<FileData[]> {
  const { provider, retry, signal } = context;
  const step = { provider, step: images.length === 1 ? 'upload the image' : `upload ${images.length} images` };
  const uploadId = randomBytes(8).toString('hex');
  const paths = await withRetry(
    async () => {
      // A fresh body each try: a body stream can be read only once.
      const { body, contentType } = multipartBody('files', images);
      const options = { method: 'post', body, headers: { 'content-type': contentType }, signal } as const;
      const response = await sendRequest(http, `${apiUrl}/upload?upload_id=${uploadId}`, options, step);
      return readJson(response, step);
    },
    retry,
    signal,
  );
  if (!Array.isArray(paths) || paths.length !== images.length || !paths.every((path) => typeof path === 'string')) {
    throw new ProtocolFault(step.step, `a list of ${images.length} server path(s)`, preview(paths));
  }
  return images.map((image, index) => toFileData(paths[index] as string, image));
}
