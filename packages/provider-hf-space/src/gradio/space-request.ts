import { raiseForStatus, ResponseError } from '@g4f/core';
import type { KyInstance, Options } from 'ky';
import { connectionReason, ProtocolFault } from './call-faults.js';

/** What a request is for and who makes it, to name in its errors. */
export interface StepContext {
  /** The provider making the request. */
  provider: string;
  /** What the request does, as a verb phrase: "upload the image". */
  step: string;
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
    throw new ResponseError(`could not ${context.step}: cannot reach ${origin} (${connectionReason(error)}). Check the URL and the network.`, {
      provider: context.provider,
      retryable: true,
      cause: error,
    });
  }
  await raiseForStatus(response, context);
  return response;
}

/**
 * Reads a JSON body: a retryable ResponseError when the connection breaks meanwhile, a
 * ProtocolFault naming the step when it is not JSON.
 */
export async function readJson(response: Response, context: StepContext): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new ResponseError(`could not ${context.step}: the connection broke off while reading the answer (${connectionReason(error)}).`, {
      provider: context.provider,
      retryable: true,
      cause: error,
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new ProtocolFault(context.step, 'JSON', JSON.stringify(text.slice(0, 120)), { cause: error });
  }
}
