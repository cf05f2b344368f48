import { ResponseError, type LoadedImage, type StreamPart } from '@g4f/core';
import type { KyInstance } from 'ky';
import { AnswerTracker, type AnswerLocator } from './answer-tracker.js';
import { callProtocolEvents } from './call-protocol.js';
import { CallScope, type CallLimits } from './call-scope.js';
import { checkBaseUrl } from './check-base-url.js';
import type { FileData } from './file-data.js';
import { imagePartFor } from './file-url.js';
import type { ProtocolEvent } from './protocol-event.js';
import { queueProtocolEvents } from './queue-protocol.js';
import type { RetrySettings } from './retry-policy.js';
import { spaceError } from './space-errors.js';
import { createSpaceHttp, type SpaceHttpSettings } from './space-http.js';
import { resolveRoute, type GradioProtocol, type SpaceRoute } from './space-route.js';
import { uploadImages } from './upload-images.js';

/** How to reach one Space. */
export interface SpaceClientSettings extends SpaceHttpSettings, CallLimits {
  /** The Space's root URL, without a trailing slash: "https://qwen-qvq-72b-preview.hf.space". */
  baseUrl: string;
  /** The provider's name, for errors. */
  provider: string;
  /** The protocol to speak. */
  protocol: GradioProtocol;
  /** The likely API prefix where `/config` is missing: "/gradio_api" or "". */
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
  /** Where the answer's text is in the outputs. Default: nowhere (an image endpoint). */
  locateAnswer?: AnswerLocator | undefined;
  /** Where the model's thinking is, streamed as reasoning parts. Default: nowhere. */
  locateReasoning?: AnswerLocator | undefined;
  /** The image files among the final outputs, given as image parts. Default: none. */
  readImages?: ((outputs: readonly unknown[]) => unknown[]) | undefined;
  /** The alt text of image parts (the prompt). */
  imageAlt?: string | undefined;
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
}

const nowhere: AnswerLocator = () => undefined;

/** A client of one Gradio Space: upload, call and event stream, on either protocol. */
export class GradioSpaceClient {
  private readonly http: KyInstance;

  /** Throws InvalidRequestError for a base URL that is not an http(s) URL. */
  constructor(private readonly settings: SpaceClientSettings) {
    checkBaseUrl(settings.baseUrl, settings.provider);
    this.http = createSpaceHttp(settings);
  }

  /**
   * Streams the answer as reasoning and text deltas, progress and image parts, ending with a
   * `finish` part. Any failure is a typed error carrying the text received so far; the
   * connection is closed when the caller stops reading, aborts, or an error happens.
   */
  async *streamAnswer(request: AnswerRequest): AsyncGenerator<StreamPart> {
    const scope = new CallScope(request.signal, this.settings, this.settings);
    const answer = new AnswerTracker(request.locateAnswer ?? nowhere);
    try {
      for await (const part of this.parts(request, scope, answer)) {
        yield part;
        // Nothing more reaches a caller who aborted while holding a part.
        request.signal?.throwIfAborted();
      }
    } catch (error) {
      throw scope.failure(error, answer.text);
    } finally {
      scope.close();
    }
  }

  // The quota advice differs when the call already sends a token.
  private get hasToken(): boolean {
    return this.settings.apiKey !== undefined && this.settings.apiKey !== '';
  }

  private async *parts(request: AnswerRequest, scope: CallScope, answer: AnswerTracker): AsyncGenerator<StreamPart> {
    const { provider } = this.settings;
    const thinking = new AnswerTracker(request.locateReasoning ?? nowhere);
    const route = await resolveRoute({ ...this.settings, http: this.http, apiName: request.apiName, signal: scope.signal });
    for await (const event of this.events(request, route, scope)) {
      switch (event.kind) {
        case 'progress':
          yield event.part;
          break;
        case 'outputs':
        case 'complete':
          yield* asReasoning(thinking.fromOutputs(event.outputs));
          yield* answer.fromOutputs(event.outputs);
          break;
        case 'edits':
          yield* asReasoning(thinking.fromEdits(event.outputs, event.edits));
          yield* answer.fromEdits(event.outputs, event.edits);
          break;
        case 'error':
          throw spaceError(event.report, { provider, partialText: answer.text, hasToken: this.hasToken });
      }
      if (event.kind === 'complete') {
        for (const file of request.readImages?.(event.outputs) ?? []) {
          const image = imagePartFor(file, route.api.url, request.imageAlt);
          if (image !== undefined) yield image;
        }
        yield { type: 'finish', reason: 'stop' };
        return;
      }
    }
    throw new ResponseError(`the event stream ended before the answer was complete, after ${answer.text.length} characters; the answer is truncated.`, {
      provider,
      partialText: answer.text,
    });
  }

  private async *events(request: AnswerRequest, route: SpaceRoute, scope: CallScope): AsyncGenerator<ProtocolEvent> {
    const { provider, retry } = this.settings;
    const context = { http: this.http, provider, retry, signal: scope.signal };
    let files: FileData[] = [];
    if (request.images.length > 0) {
      yield { kind: 'progress', part: { type: 'progress', stage: 'uploading' } };
      // The first request of a call: where /config is missing, it finds the API's prefix.
      files = await route.api.first((apiUrl) => uploadImages(this.http, apiUrl, request.images, context));
    }
    const protocolRequest = {
      ...context,
      api: route.api,
      apiName: request.apiName.replace(/^\//, ''),
      data: request.buildData(files),
      onActivity: scope.onActivity,
    };
    yield* route.protocol === 'queue' ? queueProtocolEvents(protocolRequest, route.endpoint) : callProtocolEvents(protocolRequest);
  }
}

// The thinking streams as reasoning; a rewritten thought starts a new line of it.
function asReasoning(parts: StreamPart[]): StreamPart[] {
  return parts.map((part) => ({ type: 'reasoning-delta', text: typeof part === 'string' ? part : `\n${part.type === 'text-replace' ? part.text : ''}` }));
}
