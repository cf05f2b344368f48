import { describe, expect, it } from 'vitest';
import { UnreadableAnswerError } from '@g4f/core';
import { OutputReader } from '../src/gradio/output-reader.js';
import { lastChatReply, lastTypedPart, toolPartStatus } from '../src/outputs/answer-locators.js';
import { galleryAt, imageAt } from '../src/outputs/image-readers.js';

const context = { provider: 'Test_Space', apiName: 'predict', api: { url: 'http://127.0.0.1:7860/gradio_api' } };
const file = (name: string) => ({ path: `/tmp/${name}.png`, url: `http://127.0.0.1:7860/gradio_api/file=/tmp/${name}.png`, mime_type: 'image/png' });

describe('OutputReader', () => {
  it('reads a pro Chatbot sent as gr.update: thinking, its status, then the answer', () => {
    const reader = new OutputReader(
      { locateAnswer: lastTypedPart(1, 'text'), locateReasoning: lastTypedPart(1, 'tool'), readReasoningStatus: toolPartStatus(1) },
      context,
    );
    const chat = (parts: unknown[]) => ['', { __type__: 'update', value: [{ role: 'user', content: 'Q' }, { role: 'assistant', content: parts }] }];
    const thinking = (content: string, title: string, status: string) => ({ type: 'tool', content, options: { title, status } });
    expect(reader.fromOutputs(chat([thinking('Hm', 'Thinking...', 'pending')]))).toEqual([
      { type: 'reasoning-status', status: 'Thinking...', done: false },
      { type: 'reasoning-delta', text: 'Hm' },
    ]);
    const done = chat([thinking('Hm.', 'End of Thought (1.2s)', 'done'), { type: 'text', content: 'A' }]);
    expect(reader.fromEdits(done, [[], [['append', ['value', 1, 'content', 0, 'content'], '.']]])).toEqual([
      { type: 'reasoning-status', status: 'End of Thought (1.2s)', done: true },
      { type: 'reasoning-delta', text: '.' },
      'A',
    ]);
    expect(reader.complete(chat([thinking('Hm.', 'End of Thought (1.2s)', 'done'), { type: 'text', content: 'A!' }]))).toEqual(['!']);
  });

  it("reads a legacy Chatbot's dict replies, the flushing flag beside the text not mattering", () => {
    const reader = new OutputReader({ locateAnswer: lastChatReply(0) }, context);
    expect(reader.fromOutputs([[['Q', { text: 'He', flushing: true }]]])).toEqual(['He']);
    const edits = [[['append', [0, 1, 'text'], 'y'], ['replace', [0, 1, 'flushing'], false]]] as const;
    expect(reader.fromEdits([[['Q', { text: 'Hey', flushing: false }]]], edits as never)).toEqual(['y']);
  });

  it('shows each new image as a preview when the next comes, and the final image once, at the end', () => {
    const image = (name: string, preview?: true) => ({ type: 'image', url: file(name).url, mediaType: 'image/png', alt: 'a fox', ...(preview ? { preview } : {}) });
    const reader = new OutputReader({ readImages: imageAt(0), imageAlt: 'a fox' }, context);
    expect(reader.fromOutputs([file('step1'), 1])).toEqual([]);
    expect(reader.fromOutputs([file('step1'), 1])).toEqual([]);
    expect(reader.fromOutputs([file('step2'), 1])).toEqual([image('step1', true)]);
    expect(reader.fromOutputs([file('final'), 1])).toEqual([image('step2', true)]);
    expect(reader.complete([file('final'), 1])).toEqual([image('final')]);
    const early = new OutputReader({ readImages: imageAt(0), imageAlt: 'a fox' }, context);
    early.fromOutputs([file('step1'), 1]);
    expect(early.complete([file('final'), 1])).toEqual([image('step1', true), image('final')]);
  });

  it("gives an image's media type from the Space's mime_type, else from the file's extension", () => {
    const reader = new OutputReader({ readImages: (outputs) => [...outputs], imageAlt: 'a fox' }, context);
    const parts = reader.complete([{ path: '/tmp/gradio/a/image.webp', mime_type: null }, { path: '/tmp/gradio/b/image', mime_type: 'image/jpeg' }, '/tmp/gradio/c/photo.JPG', '/tmp/gradio/d/blob']);
    expect(parts.map((part) => (typeof part === 'object' && part.type === 'image' ? (part.mediaType ?? 'none') : part))).toEqual(['image/webp', 'image/jpeg', 'image/jpeg', 'none']);
  });

  it('takes text, or null, as an answer, and nothing else', () => {
    expect(new OutputReader({ locateAnswer: () => [0] }, context).complete([null])).toEqual([]);
    const reader = new OutputReader({ locateAnswer: lastChatReply(1) }, context);
    expect(reader.fromOutputs(['', 'not a chat'])).toEqual([]);
    const error = (() => {
      try {
        reader.complete(['', { changed: 'shape', token: 'hf_abcdefghijklmnopqrstuvwxyz123456' }]);
        return undefined;
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(UnreadableAnswerError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain("Test_Space: the Space's /predict answered, but not in the shape Test_Space reads (it looked for the answer's text)");
    expect((error as UnreadableAnswerError).shape).toContain('"changed":"shape"');
  });

  it('refuses an image output that is no file, and takes an empty gallery as no image', () => {
    expect(new OutputReader({ readImages: galleryAt(0) }, context).complete([[]])).toEqual([]);
    expect(() => new OutputReader({ readImages: galleryAt(0) }, context).complete([{ changed: 'shape' }])).toThrow(UnreadableAnswerError);
    expect(() => new OutputReader({ readImages: imageAt(0) }, context).complete([42])).toThrow('it looked for an image file (a path or a URL)');
  });
});
