import { describe, expect, it } from 'vitest';
import {
  extractMedia,
  formatPrompt,
  formatPromptMaxLength,
  getLastUserMessage,
  getSystemPrompt,
  InvalidRequestError,
  PromptTooLongError,
  validateMessages,
  type Messages,
} from '@g4f/core';

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
    // As g4f: the system message counts, so one user message left is still a conversation.
    expect(formatPrompt(conversation.slice(0, 2), { includeSystem: false })).toBe('User: What is this?\nAssistant:');
  });

  it('takes the developer role as OpenAI sends it, and leaves it out with the system messages', () => {
    const withDeveloper: Messages = [{ role: 'developer', content: 'Answer in French.' }, ...conversation.slice(1, 2)];
    expect(() => {
      validateMessages(withDeveloper);
    }).not.toThrow();
    expect(formatPrompt(withDeveloper)).toBe('Developer: Answer in French.\nUser: What is this?\nAssistant:');
    expect(formatPrompt(withDeveloper, { includeSystem: false })).toBe('User: What is this?\nAssistant:');
    expect(getSystemPrompt(withDeveloper)).toBe('Answer in French.');
  });

  it('rejects an empty conversation or a bad role with InvalidRequestError', () => {
    expect(() => formatPrompt([])).toThrow(InvalidRequestError);
    expect(() => formatPrompt([{ role: 'robot', content: 'x' }] as unknown as Messages)).toThrow(
      'messages[0].role must be one of "system", "developer", "user", "assistant"; got "robot".',
    );
    expect(() => formatPrompt([{ role: 'user', content: 42 }] as unknown as Messages)).toThrow('messages[0].content');
    expect(() => formatPrompt([{ role: 'user', content: [{ type: 'image_url', image_url: { url: 7 } }] }] as unknown as Messages)).toThrow(
      'messages[0].content[0] must be { type: "text", text }, { type: "image_url", image_url: { url } } or { type: "input_audio", input_audio: { data, format } }.',
    );
  });
});

describe('formatPromptMaxLength', () => {
  it('says how long the last message is when even it does not fit', () => {
    const tooLong = () => formatPromptMaxLength([{ role: 'user', content: 'x'.repeat(20) }], 10);
    expect(tooLong).toThrow(PromptTooLongError);
    expect(tooLong).toThrow(InvalidRequestError);
    expect(tooLong).toThrow(expect.objectContaining({ length: 20, maxLength: 10 }) as Error);
    expect(tooLong).toThrow('The prompt cannot fit in 10 characters: the last message alone has 20. Shorten it, or raise maxLength if the model takes more.');
  });

  it('refuses a limit that is no whole number of characters', () => {
    expect(() => formatPromptMaxLength(conversation, 0.5)).toThrow('maxLength must be a whole number of characters, 0 or more; got 0.5.');
    expect(() => formatPromptMaxLength(conversation, -1)).toThrow(InvalidRequestError);
  });
});

describe('message helpers', () => {
  it('finds what the user said since the last answer', () => {
    expect(getLastUserMessage(conversation)).toBe('And this one?');
    expect(getLastUserMessage([...conversation, { role: 'user', content: 'And that?' }])).toBe('And this one?\nAnd that?');
    expect(getLastUserMessage([...conversation, { role: 'assistant', content: 'A dog.' }])).toBe('');
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
