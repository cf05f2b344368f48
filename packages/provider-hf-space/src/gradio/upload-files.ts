import { randomBytes } from 'node:crypto';
import type { LoadedMedia } from '@g4f/core';
import type { KyInstance } from 'ky';
import { ProtocolFault } from './call-faults.js';
import { toFileData, type FileData } from './file-data.js';
import { multipartBody } from './multipart-body.js';
import { preview } from './parse-event-data.js';
import { readJson, sendRequest } from './space-request.js';

/** What an upload does, in words for its errors: "upload the image", "upload the recording", "upload 2 files". */
function uploadStep(files: readonly LoadedMedia[]): string {
  const [only] = files;
  if (files.length === 1 && only !== undefined) return only.kind === 'audio' ? 'upload the recording' : 'upload the image';
  return files.every((file) => file.kind === 'image') ? `upload ${files.length} images` : `upload ${files.length} files`;
}

/** Uploads images and recordings to a Space (`POST {api}/upload`, field `files`) and returns their FileData. */
export async function uploadFiles(
  http: KyInstance,
  apiUrl: string,
  files: readonly LoadedMedia[],
  context: { provider: string; signal: AbortSignal },
): Promise<FileData[]> {
  const { provider, signal } = context;
  const step = { provider, step: uploadStep(files) };
  const uploadId = randomBytes(8).toString('hex');
  const { body, contentType } = multipartBody('files', files);
  // An upload takes as long as its files need; the call's timeout bounds it, not the request timeout.
  const options = { method: 'post', body, headers: { 'content-type': contentType }, signal, timeout: false } as const;
  const paths = await readJson(await sendRequest(http, `${apiUrl}/upload?upload_id=${uploadId}`, options, step), step);
  if (!Array.isArray(paths) || paths.length !== files.length || !paths.every((path) => typeof path === 'string')) {
    throw new ProtocolFault(step.step, `a list of ${files.length} server path(s)`, preview(paths));
  }
  return files.map((file, index) => toFileData(paths[index] as string, file));
}
