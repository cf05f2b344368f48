import { describe, expect, it } from 'vitest';
import { extractMedia, formatPrompt, getLastUserMessage, getSystemPrompt, InvalidRequestError, type Messages } from '@g4f/core';

const conversation: Messages = [
  { role: 'system', content: 'Be brief.' },
  { role: 'user', content: 'What is this?' },
  { role: 'assistant', content: 'A cat.' },
  {
    role: 'user',
    content: [
      { type: 'text', text: 'And this one?' },
      { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
    ],
  },
];

describe('formatPrompt', () => {
  it('gives a single message its plain text', () => {
    expect(formatPrompt([{ role: 'user', content: 'Describe the image.' }])).toBe('Describe the image.');
  });

  it('writes several messages as Role: text lines, then Assistant:', () => {
    expect(formatPrompt(conversation)).toBe(
      'System: Be brief.\nUser: What is this?\nAssistant: A cat.\nUser: And this one?\nAssistant:',
    );
  });

  it('leaves system messages out when asked', () => {
    expect(formatPrompt(conversation, { includeSystem: false })).toBe(
      'User: What is this?\nAssistant: A cat.\nUser: And this one?\nAssistant:',
    );
    expect(formatPrompt(conversation.slice(0, 2), { includeSystem: false })).toBe('What is this?');
  });

  it('rejects an empty conversation or a bad role with InvalidRequestError', () => {
    expect(() => formatPrompt([])).toThrow(InvalidRequestError);
    expect(() => formatPrompt([{ role: 'robot', content: 'x' }] as unknown as Messages)).toThrow(
      'messages[0].role must be "system", "user" or "assistant", got "robot".',
    );
    expect(() => formatPrompt([{ role: 'user', content: 42 }] as unknown as Messages)).toThrow('messages[0].content');
    expect(() => formatPrompt([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 7 } }] }] as unknown as Messages)).toThrow(
      'messages[0].content[0] must be { type: "text", text } or { type: "image_url", image_url: { url } }.',
    );
  });
});

describe('message helpers', () => {
  it('finds the last user message text', () => {
    expect(getLastUserMessage(conversation)).toBe('And this one?');
    expect(getLastUserMessage([{ role: 'system', content: 's' }])).toBe('');
  });

  it('joins the system messages', () => {
    expect(getSystemPrompt([...conversation, { role: 'system', content: 'Use English.' }])).toBe('Be brief.\nUse English.');
  });

  it('extracts image parts into a MediaList', () => {
    expect(extractMedia(conversation)).toEqual([['data:image/png;base64,AAAA']]);
    expect(extractMedia([{ role: 'user', content: 'text only' }])).toEqual([]);
  });
});
