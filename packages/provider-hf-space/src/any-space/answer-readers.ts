import type { AnswerLocator } from '../gradio/answer-tracker.js';
import { lastChatReply } from '../outputs/answer-locators.js';
import { galleryAt, imageAt } from '../outputs/image-readers.js';
import type { AnswerRole } from './endpoint-plan.js';

interface ChatMessage {
  role?: unknown;
  content?: unknown;
  metadata?: { title?: unknown } | null;
}

type Path = (string | number)[];

// Where a message's text is: its content, or (Gradio 6) the last text part of it.
function textPath(message: ChatMessage): Path | undefined {
  const { content } = message;
  if (typeof content === 'string') return ['content'];
  if (!Array.isArray(content)) return undefined;
  const at = (content as { type?: unknown }[]).findLastIndex((part) => part.type === 'text');
  return at < 0 ? undefined : ['content', at, 'text'];
}

// The last assistant message of the turn that is (or is not) a thought, a message titled in its metadata.
function lastAssistantIn(chat: unknown, thought: boolean): Path | undefined {
  if (!Array.isArray(chat)) return undefined;
  const messages = chat as ChatMessage[];
  for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'assistant'; i--) {
    const title = messages[i]?.metadata?.title;
    if ((typeof title === 'string' && title !== '') !== thought) continue;
    const path = textPath(messages[i] ?? {});
    return path === undefined ? undefined : [i, ...path];
  }
  return undefined;
}

function messagesAt(index: number, thought: boolean): AnswerLocator {
  return (outputs) => {
    const found = lastAssistantIn(outputs[index], thought);
    return found === undefined ? undefined : [index, ...found];
  };
}

// A ChatInterface's Json output: a string reply, one message, or a list of messages (thoughts first).
function jsonReplyAt(index: number, thought: boolean): AnswerLocator {
  return (outputs) => {
    const reply = outputs[index];
    if (typeof reply === 'string') return thought ? undefined : [index];
    if (Array.isArray(reply)) return messagesAt(index, thought)(outputs);
    if (typeof reply === 'object' && reply !== null && !thought) {
      const path = textPath(reply);
      return path === undefined ? undefined : [index, ...path];
    }
    return undefined;
  };
}

/** How to read one endpoint's answer: where its text and thinking are, or its images. */
export interface AnswerReaders {
  locateAnswer?: AnswerLocator;
  locateReasoning?: AnswerLocator;
  readImages?: (outputs: readonly unknown[]) => unknown[];
}

/** The readers of an answer where the plan found it. */
export function answerReaders(answer: AnswerRole): AnswerReaders {
  switch (answer.kind) {
    case 'text':
      return { locateAnswer: () => [answer.index] };
    case 'json':
      return { locateAnswer: jsonReplyAt(answer.index, false), locateReasoning: jsonReplyAt(answer.index, true) };
    case 'chat':
      if (answer.format === 'tuples') return { locateAnswer: lastChatReply(answer.index) };
      return { locateAnswer: messagesAt(answer.index, false), locateReasoning: messagesAt(answer.index, true) };
    case 'image':
      return { readImages: answer.gallery ? galleryAt(answer.index) : imageAt(answer.index) };
  }
}
