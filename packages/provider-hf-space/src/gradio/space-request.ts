import { raiseForStatus, ResponseError } from '@g4f/core';
import type { KyInstance, Options } from 'ky';

/** What a request is for and who makes it, to name in its errors. */
export interface StepContext {
  /** The provider making the request. */
  provider: string;
  /** What the request does, as a verb phrase: "upload the image". */
  step: string;
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Sends one request and returns its response, or throws a typed error: a retryable
 * ResponseError when the server cannot be reached, the status errors of raiseForStatus otherwise.
 */
export async function sendRequest(http: KyInstance, url: string, options: Options, context: StepContext): Promise<Response> {
  let response: Response;
  try {
    response = await http(url, options);
  } catch (error) {
    if (options.signal?.aborted === true) throw error;
    const origin = new URL(url).origin;
    throw new ResponseError(`could not ${context.step}: cannot reach ${origin} (${networkReason(error)}). Check the URL and the network.`, {
      provider: context.provider,
      retryable: true,
      cause: error,
    });
  }
  await raiseForStatus(response, context);
  return response;
}

/** Reads a JSON body, or throws a ResponseError naming the step when it is not JSON. */
export async function readJson(response: Response, context: StepContext): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ResponseError(`could not ${context.step}: the answer is not JSON (${text.slice(0, 120)}).`, {
      provider: context.provider,
      cause: error,
    });
  }
}
