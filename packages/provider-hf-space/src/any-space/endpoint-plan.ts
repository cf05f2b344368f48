import type { ChatFollowUp, ChatFormat, EndpointDescription, EndpointInput, HistorySeeder } from './space-description.js';

/** What one input of the endpoint is given. */
export type InputRole =
  /** The user's text; a MultimodalTextbox takes `{text, files}` with the images. */
  | { kind: 'text'; multimodal: boolean }
  /** The conversation before the last user turn, in the Chatbot's format. */
  | { kind: 'history'; format: ChatFormat }
  /** A State holding the history, which `seeder` fills first in the same session (a ChatInterface's): null. */
  | { kind: 'session-history'; seeder: HistorySeeder }
  /** The call's image: an Image or File takes one file, a Gallery a list. */
  | { kind: 'image'; gallery: boolean }
  /** Held by the app itself (a State): null. */
  | { kind: 'state' }
  /** Any other parameter: `providerOptions` by its name, else its default. */
  | { kind: 'setting'; input: EndpointInput };

/** Where the answer is among the outputs. */
export type AnswerRole =
  | { kind: 'text'; index: number }
  /** A ChatInterface's Json output: its reply, a string or messages. */
  | { kind: 'json'; index: number }
  | { kind: 'chat'; index: number; format: ChatFormat }
  | { kind: 'image'; index: number; gallery: boolean };

/** How a call maps onto one endpoint. */
export interface EndpointPlan {
  endpoint: EndpointDescription;
  inputs: InputRole[];
  answer: AnswerRole;
  /** The endpoint takes an image (an Image, File, Gallery or MultimodalTextbox input). */
  takesImage: boolean;
  /**
   * The handler called instead, where the endpoint only adds the user's turn to a Chatbot and a
   * `.then()` handler answers: it gets the history with that turn, and `answer` is in its outputs.
   */
  followUp?: ChatFollowUp | undefined;
}

const TEXT_INPUTS = new Set(['textbox', 'multimodaltextbox']);
const IMAGE_INPUTS = new Set(['image', 'file', 'gallery']);
const TEXT_OUTPUTS = new Set(['textbox', 'markdown', 'html', 'code']);

// A text input the user fills: no default, or an empty one. A Textbox with a default (a system prompt, say) is a setting.
function isFreeText(input: EndpointInput): boolean {
  if (input.state || !TEXT_INPUTS.has(input.component)) return false;
  const value = input.default;
  const empty = value === null || value === '' || (typeof value === 'object' && (value as { text?: unknown }).text === '');
  return !input.hasDefault || empty;
}

/** The endpoint's text input, where it has exactly one the user fills. */
export function textInputOf(endpoint: EndpointDescription): number | undefined {
  const free = endpoint.inputs.flatMap((input, index) => (isFreeText(input) ? [index] : []));
  return free.length === 1 ? free[0] : undefined;
}

/** Where the endpoint's answer is: a Chatbot first, then text, then a ChatInterface's Json, then an image. */
export function answerOf(endpoint: EndpointDescription): AnswerRole | undefined {
  const { outputs } = endpoint;
  const at = (test: (component: string) => boolean): number => outputs.findIndex((output) => test(output.component));
  const chat = at((component) => component === 'chatbot');
  if (chat >= 0) return { kind: 'chat', index: chat, format: outputs[chat]?.chatFormat ?? 'messages' };
  const text = at((component) => TEXT_OUTPUTS.has(component));
  if (text >= 0) return { kind: 'text', index: text };
  const json = at((component) => component === 'json');
  if (json >= 0) return { kind: 'json', index: json };
  const image = at((component) => component === 'image' || component === 'gallery');
  if (image >= 0) return { kind: 'image', index: image, gallery: outputs[image]?.component === 'gallery' };
  return undefined;
}

/** The plan of a call to `endpoint`, or why there is none. */
export function planEndpoint(endpoint: EndpointDescription): EndpointPlan | string {
  const text = textInputOf(endpoint);
  if (text === undefined) {
    const count = endpoint.inputs.filter(isFreeText).length;
    return count === 0 ? 'it has no text input to put the prompt in' : `it has ${count} text inputs, and which takes the prompt is unclear`;
  }
  const answer = answerOf(endpoint);
  if (answer === undefined) return 'it has no text, chatbot or image output to read an answer from';
  // The first image input takes the call's image; any other keeps its default.
  const image = endpoint.inputs.findIndex((input) => !input.state && IMAGE_INPUTS.has(input.component));
  const inputs = endpoint.inputs.map((input, index): InputRole => {
    if (index === text) return { kind: 'text', multimodal: input.component === 'multimodaltextbox' };
    if (input.state) return input.seededBy === undefined ? { kind: 'state' } : { kind: 'session-history', seeder: input.seededBy };
    if (input.component === 'chatbot') return { kind: 'history', format: input.chatFormat ?? 'messages' };
    if (index === image) return { kind: 'image', gallery: input.component === 'gallery' };
    return { kind: 'setting', input };
  });
  const takesImage = image >= 0 || inputs.some((role) => role.kind === 'text' && role.multimodal);
  const { followUp } = endpoint;
  // Calling only the `.then()` handler does what both would: the first only appends the user's turn.
  if (followUp !== undefined && answer.kind === 'chat' && !takesImage) {
    return { endpoint, inputs, answer: { kind: 'chat', index: followUp.output, format: followUp.format }, takesImage, followUp };
  }
  return { endpoint, inputs, answer, takesImage };
}
