import { randomBytes } from 'node:crypto';
import type { ResponsesRequest } from './parse-responses-request.js';

/** How a response ended, as the Responses API names it. */
export type ResponseStatus = 'in_progress' | 'completed' | 'incomplete' | 'failed';

/** Token counts of a response, as the Responses API names them. */
export interface ResponseUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  input_tokens_details: { cached_tokens: number };
  output_tokens_details: { reasoning_tokens: number };
}

/** The one message of a response, with its text. */
export function outputMessage(id: string, text: string, status: 'in_progress' | 'completed' | 'incomplete') {
  return { id, type: 'message' as const, status, role: 'assistant' as const, content: text === '' && status === 'in_progress' ? [] : [outputText(text)] };
}

/** A text part of a response's message. */
export function outputText(text: string) {
  return { type: 'output_text' as const, text, annotations: [] as never[], logprobs: [] as never[] };
}

/** A fresh id with OpenAI's prefix for its kind: `resp_…`, `msg_…`. */
export function responseId(prefix: 'resp' | 'msg'): string {
  return `${prefix}_${randomBytes(16).toString('hex')}`;
}

/** What one response is, as it goes: its id, model, text and end. */
export interface ResponseState {
  id: string;
  messageId: string;
  createdAt: number;
  model: string;
  status: ResponseStatus;
  text: string;
  usage: ResponseUsage | null;
  error: { code: string; message: string } | null;
  /** Whether the response is kept, to be continued or read. */
  stored: boolean;
}

/** The Responses API's response object for the state so far. */
export function responseObject(state: ResponseState, request: ResponsesRequest) {
  const messageStatus = state.status === 'in_progress' ? 'in_progress' : state.status === 'incomplete' ? 'incomplete' : 'completed';
  const hasOutput = state.status !== 'in_progress' && state.status !== 'failed';
  return {
    id: state.id,
    object: 'response' as const,
    created_at: state.createdAt,
    status: state.status,
    model: state.model,
    output: hasOutput ? [outputMessage(state.messageId, state.text, messageStatus)] : [],
    usage: state.usage,
    error: state.error,
    incomplete_details: state.status === 'incomplete' ? { reason: 'max_output_tokens' as const } : null,
    instructions: request.instructions ?? null,
    max_output_tokens: request.maxOutputTokens ?? null,
    temperature: request.temperature ?? null,
    top_p: null,
    tools: [],
    tool_choice: 'auto' as const,
    parallel_tool_calls: false,
    previous_response_id: request.previousResponseId ?? null,
    reasoning: null,
    store: state.stored,
    text: { format: { type: 'text' as const } },
    truncation: 'disabled' as const,
    metadata: {},
  };
}
