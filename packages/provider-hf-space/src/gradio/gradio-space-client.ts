import { ResponseError, type LoadedImage, type StreamPart } from '@g4f/core';
import { spaceError } from './space-errors.js';
import type { KyInstance } from 'ky';
import { AnswerTracker, type AnswerLocator } from './answer-tracker.js';
import { callProtocolEvents } from './call-protocol.js';
import { CallScope, type CallLimits } from './call-scope.js';
import type { FileData } from './file-data.js';
import type { ProtocolEvent } from './protocol-event.js';
import { queueProtocolEvents } from './queue-protocol.js';
import type { RetrySettings } from './retry-policy.js';
import { resolveRoute, type GradioProtocol } from './space-route.js';
import { createSpaceHttp, type SpaceHttpSettings } from './space-http.js';
import { uploadImages } from './upload-images.js';

/** How to reach one Space. */
export interface SpaceClientSettings extends SpaceHttpSettings, CallLimits {
  /** The Space's root URL, without a trailing slash: "https://qwen-qvq-72b-preview.hf.space". */
  baseUrl: string;
  /** The provider's name, for errors. */
  provider: string;
  /** The protocol to speak. */
  protocol: GradioProtocol;
  /** The API prefix for the call route when `/config` is not read: "/gradio_api" or "". */
  apiPrefix: string;
  retry: RetrySettings;
}

/** One prediction that streams an answer. */
export interface AnswerRequest {
  /** The endpoint's api_name: "generate". */
  apiName: string;
  /** Images to upload first, already read and checked. */
  images: readonly LoadedImage[];
  /** The endpoint's input values, given the uploaded files. */
  buildData: (files: FileData[]) => unknown[];
  /** Where the answer's text is in the outputs. */
  locateAnswer: AnswerLocator;
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
}

/** A client of one Gradio Space: upload, call and event stream, on either protocol. */
export class GradioSpaceClient {
  private readonly http: KyInstance;

  constructor(private readonly settings: SpaceClientSettings) {
    this.http = createSpaceHttp(settings);
  }

  /**
   * Streams the answer as text deltas and progress parts, ending with a `finish` part. Any
   * failure is a typed error carrying the text received so far; the connection is closed when
   * the caller stops reading, aborts, or an error happens.
   */
  async *streamAnswer(request: AnswerRequest): AsyncGenerator<StreamPart> {
    const { provider } = this.settings;
    const scope = new CallScope(request.signal, this.settings, provider);
    const tracker = new AnswerTracker(request.locateAnswer);
    try {
      for await (const event of this.events(request, scope)) {
        switch (event.kind) {
          case 'progress':
            yield event.part;
            break;
          case 'outputs':
            yield* tracker.fromOutputs(event.outputs);
            break;
          case 'edits':
            yield* tracker.fromEdits(event.outputs, event.edits);
            break;
          case 'complete':
            yield* tracker.fromOutputs(event.outputs);
            yield { type: 'finish', reason: 'stop' };
            return;
          case 'error':
            throw spaceError(event.message, provider, tracker.text);
        }
      }
      throw new ResponseError(`the event stream ended before the answer was complete, after ${tracker.text.length} characters; the answer is truncated.`, {
        provider,
        partialText: tracker.text,
      });
    } catch (error) {
      throw scope.failure(error, tracker.text);
    } finally {
      scope.close();
    }
  }

  private async *events(request: AnswerRequest, scope: CallScope): AsyncGenerator<ProtocolEvent> {
    const { provider, retry } = this.settings;
    const context = { http: this.http, provider, retry, signal: scope.signal };
    const route = await resolveRoute({ ...context, ...this.settings, apiName: request.apiName });
    let files: FileData[] = [];
    if (request.images.length > 0) {
      yield { kind: 'progress', part: { type: 'progress', stage: 'uploading' } };
      files = await uploadImages(this.http, route.apiUrl, request.images, context);
    }
    const protocolRequest = {
      ...context,
      apiUrl: route.apiUrl,
      apiName: request.apiName.replace(/^\//, ''),
      data: request.buildData(files),
      onActivity: scope.onActivity,
    };
    yield* route.protocol === 'queue' ? queueProtocolEvents(protocolRequest, route.endpoint) : callProtocolEvents(protocolRequest);
  }
}
