import { randomBytes } from 'node:crypto';
import { InvalidRequestError, isContentPart, ResponseError, type Conversation, type LoadedMedia, type SharedState, type StreamPart } from '@g4f/core';
import type { KyInstance } from 'ky';
import type { HubSettings } from '../hub/hub-settings.js';
import { waitUntilRunning } from '../hub/wait-until-running.js';
import { wakesOn } from '../hub/wake-on-unavailable.js';
import { callProtocolEvents } from './call-protocol.js';
import { CallScope, type CallLimits } from './call-scope.js';
import { checkBaseUrl } from './check-base-url.js';
import { openEventStream, type EventStreamSettings } from './event-stream.js';
import type { FileData } from './file-data.js';
import { findQueueEndpoint, type GradioConfig } from './gradio-config.js';
import { OutputReader, type OutputLayout } from './output-reader.js';
import type { ProtocolEvent } from './protocol-event.js';
import type { ProtocolRequest } from './protocol-request.js';
import { predictInSession, queueProtocolEvents } from './queue-protocol.js';
import { spaceError } from './space-errors.js';
import { createSpaceHttp, spaceHeaders, type SpaceHttpSettings } from './space-http.js';
import type { StepContext } from './space-request.js';
import { resolveRoute, type GradioProtocol, type SpaceRoute } from './space-route.js';
import { uploadFiles } from './upload-files.js';

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
  /** The Hub to follow the Space on while it wakes after a 503. Default: none (a 503 fails the call). */
  hub?: HubSettings | undefined;
  /** Where the Space's `/config` is cached (a server's store, or the process's). */
  cache: SharedState;
}

/** A call made to completion before the answer's, in the same queue session, for the State it leaves behind. */
export interface SessionCall {
  /** The handler's api_name. */
  apiName: string;
  /** Its fn_index, where the name is not unique. */
  fnIndex?: number | undefined;
  /** Its input values, in the order the handler takes them. */
  data: unknown[];
  /**
   * Called on `{api}/run/predict` with the session's hash, outside the queue, as the Space's page
   * calls a handler with `queue=False` (Phi-4's `add_message`). Default: through the queue.
   */
  outsideQueue?: boolean | undefined;
}

/** One prediction that streams an answer, and where its answer is in the outputs. */
export interface AnswerRequest extends OutputLayout {
  /** The endpoint's api_name: "generate". */
  apiName: string;
  /** The endpoint's fn_index in the real Space, used on the queue when no endpoint has `apiName`. */
  fnIndex?: number | undefined;
  /** Images and recordings to upload first, already read and checked. */
  media: readonly LoadedMedia[];
  /** The endpoint's input values, given the uploaded files. */
  buildData: (files: FileData[]) => unknown[];
  /** Cancels the call. */
  signal?: AbortSignal | undefined;
  /**
   * The queue session the Space keeps this conversation in (its gr.State lives per session), and
   * the conversation the `finish` part hands back to continue it. Default: a new session, no conversation.
   */
  session?: { hash: string; conversation: Conversation } | undefined;
  /**
   * Calls to run first in the same session, on the queue: where the endpoint reads part of its
   * input from the app's State (a ChatInterface's history), the handlers that fill it. Default: none.
   */
  before?: ((files: FileData[]) => SessionCall[]) | undefined;
}

/** A client of one Gradio Space: upload, call and event stream, on either protocol. */
export class GradioSpaceClient {
  private readonly http: KyInstance;

  private readonly streamSettings: EventStreamSettings;

  /** Throws InvalidRequestError for a base URL that is not an http(s) URL. */
  constructor(private readonly settings: SpaceClientSettings) {
    checkBaseUrl(settings.baseUrl, settings.provider);
    this.http = createSpaceHttp(settings);
    this.streamSettings = { headers: spaceHeaders(settings), proxy: settings.proxy, fetch: settings.fetch };
  }

  /**
   * Streams the answer as reasoning and text deltas, progress and image parts, ending with a
   * `finish` part. Any failure is a typed error carrying the text received so far; the
   * connection is closed when the caller stops reading, aborts, or an error happens.
   *
   * Each part of a long answer passes one generator here, this one: the reading of events and
   * the wait for a waking Space share its loop, and an event's parts are yielded from their list
   * one by one (`yield*` over a list in an async generator wraps every part in promises).
   */
  async *streamAnswer(request: AnswerRequest): AsyncGenerator<StreamPart> {
    const scope = new CallScope(request.signal, this.settings, this.settings);
    const { hub, provider } = this.settings;
    let reader: OutputReader | undefined;
    let started = false;
    try {
      for (;;) {
        try {
          const route = await resolveRoute({ ...this.settings, http: this.http, apiName: request.apiName, signal: scope.signal });
          reader = new OutputReader(request, { provider, apiName: request.apiName.replace(/^\//, ''), api: route.api });
          if (request.media.length > 0) yield { type: 'progress', stage: 'uploading' };
          for await (const events of await this.protocolEvents(request, route, scope)) {
            for (const event of events) {
              for (const part of this.partsOf(event, reader, request.session?.conversation)) {
                started ||= isContentPart(part);
                yield part;
                // Nothing more reaches a caller who aborted while holding a part.
                request.signal?.throwIfAborted();
              }
              if (event.kind === 'complete') return;
            }
          }
          const { text } = reader.answer;
          throw new ResponseError(`the event stream ended before the answer was complete, after ${text.length} characters; the answer is truncated.`, { provider, partialText: text });
        } catch (error) {
          if (!wakesOn(error, started, hub)) throw error;
          yield* waitUntilRunning({ hub, http: this.http, provider, signal: scope.signal }, error);
        }
      }
    } catch (error) {
      throw scope.failure(error, reader?.answer.text ?? '');
    } finally {
      scope.close();
    }
  }

  // The quota advice differs when the call already sends a token.
  private get hasToken(): boolean {
    return this.settings.apiKey !== undefined && this.settings.apiKey !== '';
  }

  // The parts of one protocol event; the Space's error event throws its typed error.
  private partsOf(event: ProtocolEvent, reader: OutputReader, conversation: Conversation | undefined): readonly StreamPart[] {
    switch (event.kind) {
      case 'progress':
        return [event.part];
      case 'outputs':
        return reader.fromOutputs(event.outputs);
      case 'edits':
        return reader.fromEdits(event.outputs, event.edits);
      case 'complete':
        return [...reader.complete(event.outputs), conversation === undefined ? { type: 'finish', reason: 'stop' } : { type: 'finish', reason: 'stop', conversation }];
      case 'error':
        throw spaceError(event.report, { provider: this.settings.provider, partialText: reader.answer.text, hasToken: this.hasToken });
    }
  }

  // The protocol's events in batches, one per network chunk, each read before the next is made;
  // the images are uploaded first. The protocol's own generator is returned, not wrapped: a
  // generator more would cost each chunk of a long answer.
  private async protocolEvents(request: AnswerRequest, route: SpaceRoute, scope: CallScope): Promise<AsyncIterable<Iterable<ProtocolEvent>>> {
    const { provider, retry = {} } = this.settings;
    const context = { http: this.http, provider, retry, signal: scope.signal };
    // The first request of a call: where /config is missing, it finds the API's prefix.
    const files = request.media.length === 0 ? [] : await route.api.first((apiUrl) => uploadFiles(this.http, apiUrl, request.media, context));
    const protocolRequest = {
      ...context,
      api: route.api,
      apiName: request.apiName.replace(/^\//, ''),
      data: request.buildData(files),
      sessionHash: request.session?.hash,
      openStream: (url: string, step: StepContext) => openEventStream(url, this.streamSettings, scope.signal, step),
      onActivity: scope.onActivity,
    };
    const wanted = { apiName: request.apiName, fnIndex: request.fnIndex, inputCount: protocolRequest.data.length };
    // Where the Space's config is known, the endpoint is checked before anything is sent.
    const endpoint = route.config === undefined ? undefined : findQueueEndpoint(route.config, wanted, this.settings);
    const before = request.before?.(files) ?? [];
    if (route.protocol === 'call' || endpoint === undefined) {
      const [first] = before;
      if (first !== undefined) throw new InvalidRequestError(`/${protocolRequest.apiName} of this Space reads what /${first.apiName} kept in the session, which needs the queue protocol; do not ask for protocol "call".`, { provider });
      return callProtocolEvents(protocolRequest);
    }
    if (before.length === 0) return queueProtocolEvents(protocolRequest, endpoint);
    const session = { ...protocolRequest, sessionHash: protocolRequest.sessionHash ?? randomBytes(8).toString('hex') };
    for (const call of before) await this.runInSession(session, call, route.config);
    return queueProtocolEvents(session, endpoint);
  }

  // Runs a call to completion in the session; only its failure reaches the caller, its outputs are the State it leaves.
  private async runInSession(session: ProtocolRequest, call: SessionCall, config: GradioConfig): Promise<void> {
    const handler = findQueueEndpoint(config, { apiName: call.apiName, fnIndex: call.fnIndex, inputCount: call.data.length }, this.settings);
    if (call.outsideQueue === true) {
      await predictInSession(session, call.apiName, handler, call.data);
      return;
    }
    for await (const events of await queueProtocolEvents({ ...session, apiName: call.apiName, data: call.data }, handler)) {
      for (const event of events) {
        if (event.kind === 'error') throw spaceError(event.report, { provider: this.settings.provider, partialText: '', hasToken: this.hasToken });
      }
    }
  }
}

