import { valueAt, type ReasoningStatusReader } from '../gradio/answer-tracker.js';
import { GradioSpaceProvider } from '../gradio-space-provider.js';
import { lastChatReply } from '../outputs/answer-locators.js';

// What the Space shows in the reply while the model reads; a status, not the answer.
const THINKING = 'Qwen is thinking...';
// The Space shows a summary after the answer; g4f cuts it off here.
const SUMMARY = '\n<summary>';

const reply = lastChatReply(0);
const thinkingStatus: ReasoningStatusReader = (outputs) => {
  const path = reply(outputs);
  return path !== undefined && valueAt(outputs, path) === THINKING ? { status: THINKING, done: false } : undefined;
};

/**
 * Qwen2.5-1M, a Gradio 4 Space with a million tokens of context. As its page (and g4f) does, the
 * conversation goes as one message to `add_text` (fn_index 1, `[{text, files}, chatbot, history]`),
 * which keeps it in the session, then `agent_run` (fn_index 2, `[chatbot, history]`, the chatbot
 * holding the turn in modelscope_studio's legacy message shape) shows the reply in the turn:
 * first "Qwen is thinking..." (a reasoning status here), then the answer with a summary after
 * it, which is cut off as g4f does.
 */
export const Qwen_Qwen_2_5M = new GradioSpaceProvider({
  name: 'Qwen_Qwen_2_5M',
  label: 'Qwen Qwen-2.5M',
  url: 'https://qwen-qwen2-5-1m-demo.hf.space',
  space: 'Qwen/Qwen2.5-1M-Demo',
  apiPrefix: '',
  defaultModel: 'qwen-2.5-1m-demo',
  modelAliases: { 'qwen-2.5-1m': 'qwen-2.5-1m-demo' },
  reasoningModels: ['qwen-2.5-1m-demo'],
  supportsMessageHistory: false,
  endpoint: {
    apiName: 'agent_run',
    fnIndex: 2,
    before: ({ prompt }) => [{ apiName: 'add_text', fnIndex: 1, data: [{ files: [], text: prompt }, [], []], outsideQueue: true }],
    buildData: ({ prompt }) => [[[legacyMessage(prompt), null]], null],
    locateAnswer: reply,
    answerText: (shown) => (shown === THINKING ? '' : (shown.split(SUMMARY)[0] ?? '')),
    readReasoningStatus: thinkingStatus,
  },
});

// A user message as modelscope_studio's legacy Chatbot holds it (g4f sends these fields).
function legacyMessage(text: string) {
  return { id: null, elem_id: null, elem_classes: null, name: null, text, flushing: null, avatar: '', files: [] };
}
