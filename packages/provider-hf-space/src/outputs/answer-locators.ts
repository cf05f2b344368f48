import type { AnswerLocator, OutputPath, ReasoningStatusReader } from '../gradio/answer-tracker.js';

/**
 * An output's value and the path to it: a handler that returns `gr.update(value=...)` sends
 * `{"__type__": "update", "value": ...}`, and its edits arrive under "value".
 */
function outputValue(outputs: readonly unknown[], index: number): { value: unknown; path: OutputPath } {
  const output = outputs[index];
  if (isRecord(output) && output.__type__ === 'update') return { value: output.value, path: [index, 'value'] };
  return { value: output, path: [index] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FIRST: OutputPath = [0];

/** The first output: a Space whose output is one growing string. */
export const firstOutput: AnswerLocator = () => FIRST;

/** The first of `locators` that finds the answer: for a Space whose output's shape changed over time. */
export function firstFound(...locators: AnswerLocator[]): AnswerLocator {
  return (outputs) => {
    for (const locate of locators) {
      const path = locate(outputs);
      if (path !== undefined) return path;
    }
    return undefined;
  };
}

/**
 * The reply of the last turn of a tuple Chatbot (`[[user, reply], ...]`) at output `index`: a
 * string, or modelscope_studio's legacy `{"text": ..., "flushing": ...}`, or a list of those (one
 * per agent, as Qwen-Agent's web UI shows them), whose first is read, as g4f does.
 */
export function lastChatReply(index: number): AnswerLocator {
  return (outputs) => {
    const { value: chat, path } = outputValue(outputs, index);
    if (!Array.isArray(chat) || chat.length === 0) return undefined;
    const turn: unknown = chat[chat.length - 1];
    if (!Array.isArray(turn)) return undefined;
    const listed = Array.isArray(turn[1]) && turn[1].length > 0;
    const reply: unknown = listed ? (turn[1] as unknown[])[0] : turn[1];
    const replyPath = listed ? [...path, chat.length - 1, 1, 0] : [...path, chat.length - 1, 1];
    return isRecord(reply) && 'text' in reply ? [...replyPath, 'text'] : replyPath;
  };
}

interface TitledMessage {
  role?: string;
  metadata?: { title?: string | null } | null;
}

function lastAssistant(index: number, thought: boolean): AnswerLocator {
  return (outputs) => {
    const { value: chat, path } = outputValue(outputs, index);
    if (!Array.isArray(chat)) return undefined;
    const messages = chat as TitledMessage[];
    for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'assistant'; i--) {
      const titled = typeof messages[i]?.metadata?.title === 'string';
      if (titled === thought) return [...path, i, 'content'];
    }
    return undefined;
  };
}

/** The answer of a messages Chatbot at output `index`: its last assistant message without a title. */
export function lastAssistantMessage(index: number): AnswerLocator {
  return lastAssistant(index, false);
}

/** The thinking of a messages Chatbot: the last titled assistant message of the turn (Gradio's thoughts). */
export function lastThought(index: number): AnswerLocator {
  return lastAssistant(index, true);
}

/** One typed part of a modelscope_studio pro Chatbot message. */
interface TypedPart {
  type?: string;
  content?: unknown;
  options?: { title?: unknown; status?: unknown } | null;
}

// The last assistant message's list of typed parts, and the path to it.
function typedParts(outputs: readonly unknown[], index: number): { parts: TypedPart[]; path: OutputPath } | undefined {
  const { value: chat, path } = outputValue(outputs, index);
  if (!Array.isArray(chat) || chat.length === 0) return undefined;
  const last: unknown = chat[chat.length - 1];
  if (!isRecord(last) || last.role !== 'assistant' || !Array.isArray(last.content)) return undefined;
  return { parts: last.content as TypedPart[], path: [...path, chat.length - 1, 'content'] };
}

/**
 * The last part of `type` in the last assistant message of a modelscope_studio pro Chatbot at
 * output `index`, whose messages hold typed parts: `{type: "tool", content, options: {title,
 * status}}` for thinking, `{type: "text", content}` for the answer (the Qwen3 demo).
 */
export function lastTypedPart(index: number, type: 'text' | 'tool'): AnswerLocator {
  return (outputs) => {
    const found = typedParts(outputs, index);
    if (found === undefined) return undefined;
    const at = found.parts.map((part) => part.type).lastIndexOf(type);
    return at < 0 ? undefined : [...found.path, at, 'content'];
  };
}

/** The title and status of the last `tool` part of a pro Chatbot's last assistant message ("End of Thought (3.2s)", "done"). */
export function toolPartStatus(index: number): ReasoningStatusReader {
  return (outputs) => {
    const tool = typedParts(outputs, index)?.parts.findLast((part) => part.type === 'tool');
    const title = tool?.options?.title;
    return typeof title === 'string' ? { status: title, done: tool?.options?.status === 'done' } : undefined;
  };
}
