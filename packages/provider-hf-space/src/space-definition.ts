import type { Messages } from '@g4f/core';
import type { AnswerLocator } from './gradio/answer-tracker.js';
import type { FileData } from './gradio/file-data.js';
import type { GradioProtocol } from './gradio/space-route.js';

/** What a Space's endpoint gets to build its input values from. */
export interface SpaceInput {
  /** The conversation as one prompt (`formatPrompt`). */
  prompt: string;
  /** The conversation itself. */
  messages: Messages;
  /** The uploaded images, in order. */
  files: FileData[];
  /** The resolved model name. */
  model: string;
}

/** The facts about one Space that make it a provider; the transport does the rest. */
export interface SpaceDefinition {
  /** The provider's unique name: "Qwen_QVQ_72B". */
  name: string;
  /** A name for people: "Qwen QVQ-72B". */
  label: string;
  /** The Space's root URL: "https://qwen-qvq-72b-preview.hf.space". */
  url: string;
  /** The endpoint's api_name: "generate". */
  apiName: string;
  /** Which protocol to prefer. Default: "auto" (queue where `/config` allows, else call route). */
  protocol?: GradioProtocol;
  /** The API prefix for the call route without `/config`. Default: "/gradio_api" (Gradio 5). */
  apiPrefix?: string;
  defaultModel: string;
  models?: readonly string[];
  modelAliases?: Readonly<Record<string, string>>;
  visionModels?: readonly string[];
  imageModels?: readonly string[];
  /** How many images one request may carry. Default: 0 (text only). */
  maxImages?: number;
  needsAuth?: boolean;
  supportsSystemMessage?: boolean;
  supportsMessageHistory?: boolean;
  /** The endpoint's input values. */
  buildData: (input: SpaceInput) => unknown[];
  /** Where the answer's text is in the outputs. Default: the first output. */
  locateAnswer?: AnswerLocator;
}
