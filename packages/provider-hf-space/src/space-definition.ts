import type { Messages } from '@g4f/core';
import type { AnswerLocator } from './gradio/answer-tracker.js';
import type { FileData } from './gradio/file-data.js';
import type { GradioProtocol } from './gradio/space-route.js';
import type { SpaceCallOptions } from './space-call-options.js';

/** What a Space's endpoint gets to build its input values from. */
export interface SpaceInput {
  /** The whole conversation as one prompt (`formatPrompt`). */
  prompt: string;
  /** The conversation without system messages, as one prompt. */
  promptWithoutSystem: string;
  /** The system messages' text ('' when none). */
  system: string;
  /** The last user message's text. */
  lastUserMessage: string;
  /** The conversation itself. */
  messages: Messages;
  /** The uploaded images, in order. */
  files: FileData[];
  /** The resolved model name. */
  model: string;
  /** The call's options (image size, seed, ...). */
  options: SpaceCallOptions;
}

/** One endpoint of a Space: its name, its inputs, and where its outputs are. */
export interface SpaceEndpoint {
  /** The endpoint's api_name: "generate". */
  apiName: string;
  /** The endpoint's input values. */
  buildData: (input: SpaceInput) => unknown[];
  /** Where the answer's text is. Default: the first output (none for image endpoints). */
  locateAnswer?: AnswerLocator;
  /** Where the model's thinking is, for reasoning parts. Default: nowhere. */
  locateReasoning?: AnswerLocator;
  /** The image files among the final outputs, for image parts. Default: none. */
  readImages?: (outputs: readonly unknown[]) => unknown[];
}

/** The facts about one Space that make it a provider; the transport does the rest. */
export interface SpaceDefinition {
  /** The provider's unique name: "Qwen_QVQ_72B". */
  name: string;
  /** A name for people: "Qwen QVQ-72B". */
  label: string;
  /** The Space's root URL: "https://qwen-qvq-72b-preview.hf.space". */
  url: string;
  /** Which protocol to prefer. Default: "auto" (queue where `/config` allows, else call route). */
  protocol?: GradioProtocol;
  /** The API prefix for the call route without `/config`: "/gradio_api" (default, Gradio 5) or "" (Gradio 4). */
  apiPrefix?: string;
  defaultModel: string;
  models?: readonly string[];
  modelAliases?: Readonly<Record<string, string>>;
  visionModels?: readonly string[];
  imageModels?: readonly string[];
  reasoningModels?: readonly string[];
  /** How many images one request may carry. Default: 0 (text only). */
  maxImages?: number;
  needsAuth?: boolean;
  supportsSystemMessage?: boolean;
  supportsMessageHistory?: boolean;
  /** The endpoint every model uses, unless `modelEndpoints` names another. */
  endpoint: SpaceEndpoint;
  /** Endpoints for particular models: Janus's image model, say. */
  modelEndpoints?: Readonly<Record<string, SpaceEndpoint>>;
}
