import type { CallOptions, Messages, ProviderFacts } from '@g4f/core';
import type { z } from 'zod';
import type { AnswerLocator, AnswerText, ReasoningStatusReader } from './gradio/answer-tracker.js';
import type { FileData } from './gradio/file-data.js';
import type { SessionCall } from './gradio/gradio-space-client.js';
import type { GradioProtocol } from './gradio/space-route.js';

/** Zod itself, as a Space's `options` function is handed it. */
export type Zod = typeof z;

/** What a Space's endpoint gets to build its input values from. */
export interface SpaceInput<TSettings = Record<string, unknown>> {
  /**
   * The prompt that fits the model: for a chat model the whole conversation as one prompt
   * (`formatPrompt`); for an image model `providerOptions` `prompt`, else the trailing user
   * messages (`formatImagePrompt`), never empty.
   */
  prompt: string;
  /** The conversation without system and developer messages, as one prompt. */
  promptWithoutSystem: string;
  /** The system and developer messages' text ('' when none). */
  system: string;
  /** What the user said since the last answer (`getLastUserMessage`): '' when the conversation ends with another role. */
  lastUserMessage: string;
  /** The conversation itself. */
  messages: Messages;
  /**
   * Whether the call continues a conversation the Space keeps (`options.conversation`, on a Space
   * with `keepsConversation`): then it already holds the earlier messages, and only the new one is to be sent.
   */
  continues: boolean;
  /** The uploaded files, images and audio, in order (`mime_type` tells which). */
  files: FileData[];
  /** The resolved model name. */
  model: string;
  /** The call's options shared by every provider (seed, temperature, ...). */
  options: CallOptions;
  /** This Space's own settings from `providerOptions[name]`, checked, defaults filled in. */
  settings: TSettings;
}

/** One endpoint of a Space: its name, its inputs, and where its outputs are. */
export interface SpaceEndpoint<TSettings = Record<string, unknown>> {
  /** The endpoint's api_name: "generate". The queue finds the endpoint by it. */
  apiName: string;
  /**
   * The endpoint's fn_index in the real Space, where known (g4f's providers send it): used on the
   * queue when the Space lists no endpoint by `apiName` but has one at this index taking as many
   * inputs. Default: by name only.
   */
  fnIndex?: number;
  /** Whether the endpoint cannot answer without an image (checked before anything is sent). Default: false. */
  requiresImage?: boolean;
  /** The endpoint's input values. */
  buildData: (input: SpaceInput<TSettings>) => unknown[];
  /**
   * Handlers to call first, to completion, in the same queue session: where the endpoint reads
   * part of its input from the app's State (a ChatInterface keeps its history there; Phi-4's
   * `add_message` keeps the message's files for `bot`), the ones that fill it. Needs the queue
   * protocol. Default: none.
   */
  before?: (input: SpaceInput<TSettings>) => SessionCall[];
  /** Where the answer's text is. Default: the first output (none for image endpoints). */
  locateAnswer?: AnswerLocator;
  /** The answer in the text at `locateAnswer`, where the Space shows more there (a status, a summary). Default: all of it. */
  answerText?: AnswerText;
  /** Where the model's thinking is, for reasoning parts. Default: nowhere. */
  locateReasoning?: AnswerLocator;
  /** The thinking's status as the Space titles it, for reasoning-status parts. Default: none. */
  readReasoningStatus?: ReasoningStatusReader;
  /** The image files among the outputs, for image parts: previews while the Space draws, the result at the end. Default: none. */
  readImages?: (outputs: readonly unknown[]) => unknown[];
}

/** The facts about one Space that make it a provider (its `url` is the Space's root); the transport does the rest. */
export interface SpaceDefinition<TOptions extends z.ZodObject = z.ZodObject> extends ProviderFacts {
  /**
   * The Space's id on the Hub, "owner/name" ("Qwen/QVQ-72B-preview"), to follow it while it wakes
   * (its host does not map back to it). Default: none, and a sleeping Space's 503 fails the call.
   */
  space?: string;
  /**
   * Whether the Space runs on ZeroGPU, where an anonymous caller gets its own quota by the
   * `x-zerogpu-token` and `x-zerogpu-uuid` headers read from the Space's page on the Hub (as g4f
   * does). A call with a token sends that instead. Default: false.
   */
  zeroGpu?: boolean;
  /** Which protocol to prefer. Default: "auto" (queue where `/config` allows, else call route). */
  protocol?: GradioProtocol;
  /** The API prefix for the call route without `/config`: "/gradio_api" (default, Gradio 5) or "" (Gradio 4). */
  apiPrefix?: string;
  /**
   * Whether the Space keeps each queue session's conversation (in a gr.State), as g4f's
   * JsonConversation reuses a session hash: the `finish` part then carries `{ provider, sessionHash }`,
   * and a call given it back joins the queue in that session, so the Space continues. Only the
   * queue protocol has sessions. Default: false.
   */
  keepsConversation?: boolean;
  /** How many images one request to a vision model may carry. Default: 1 (models that take none refuse any). */
  maxImages?: number;
  /** How many audio files one request to a model that takes audio may carry. Default: 1. */
  maxAudio?: number;
  /**
   * This Space's own settings, a zod object of optional keys or keys with defaults; users pass them
   * in `providerOptions[name]`. Best as a function of zod, `(z) => z.strictObject({...})`, which
   * runs at the first call, so that importing the provider does not load zod. Default: none.
   */
  options?: TOptions | ((zod: Zod) => TOptions);
  /** The endpoint every model uses, unless `modelEndpoints` names another. */
  endpoint: SpaceEndpoint<z.output<TOptions>>;
  /** Endpoints for particular models: Janus's image model, say. */
  modelEndpoints?: Readonly<Record<string, SpaceEndpoint<z.output<TOptions>>>>;
}
