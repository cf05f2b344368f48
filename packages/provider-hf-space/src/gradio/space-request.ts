import { ConnectionError, raiseForStatus } from '@g4f/core';
import { isHTTPError, isTimeoutError, type KyInstance, type Options } from 'ky';
import { connectionReason, ProtocolFault, RequestTimedOut } from './call-faults.js';

/** What a request is for and who makes it, to name in its errors. */
export interface StepContext {
  /** The provider making the request. */
  provider: string;
  /** What the request does, as a verb phrase: "upload the image". */
  step: string;
}

/**
 * Sends one request (ky retries it as RetrySettings say) and returns its response, or throws a
 * typed error: the status errors of raiseForStatus, a RequestTimedOut, or a retryable
 * ConnectionError when the server cannot be reached. None keeps ky's request, whose headers hold the token.
 */
export async function sendRequest(http: KyInstance, url: string, options: Options, context: StepContext): Promise<Response> {
  try {
    return await http(url, options);
  } catch (error) {
    if (options.signal?.aborted === true) throw error;
    // raiseForStatus throws: ky throws HTTPError only for a failing status.
    if (isHTTPError(error)) await raiseForStatus(error.response, context);
    if (isTimeoutError(error)) throw new RequestTimedOut(context.step);
    throw cannotReach(url, error, context);
  }
}

/** The retryable error for a request that could not reach the Space's server. */
export function cannotReach(url: string, error: unknown, context: StepContext): ConnectionError {
  return new ConnectionError(`could not ${context.step}: cannot reach ${new URL(url).origin} (${connectionReason(error)}). Check the URL and the network.`, {
    provider: context.provider,
    retryable: true,
    cause: error,
  });
}

/**
 * Reads a JSON body: a retryable ConnectionError when the connection breaks meanwhile, a
 * ProtocolFault naming the step when it is not JSON.
 */
export async function readJson(response: Response, context: StepContext): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new ConnectionError(`could not ${context.step}: the connection broke off while reading the answer (${connectionReason(error)}).`, {
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
