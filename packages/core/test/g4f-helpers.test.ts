import { describe, expect, it } from 'vitest';
import type { Message, Messages } from '@g4f/core';
import { g4fWitnessPython } from '@g4f/local-space/testing';
import { callG4F, callOurs, G4F_VERSION, type HelperCall, type Outcome } from './helpers/g4f-helper-calls.js';

const system: Message = { role: 'system', content: 'Be brief.' };
const developer: Message = { role: 'developer', content: 'French.' };
const user = (content: Message['content']): Message => ({ role: 'user', content });
const assistant = (content: string): Message => ({ role: 'assistant', content });
const withImage = user([
  { type: 'text', text: 'Look ' },
  { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
  { type: 'text', text: 'here.' },
]);
const conversation: Messages = [system, user('Hi'), assistant('Hello!'), user('Name a colour')];
// A system message and seven turns of 40 characters: 372 characters as one prompt.
const long: Messages = [system, ...Array.from({ length: 7 }, (_, i) => (i % 2 === 0 ? user(`question ${i} `.padEnd(40, 'q')) : assistant(`answer ${i} `.padEnd(40, 'a'))))];

/** Calls where ours gives what g4f gives, to the byte. */
const same: [string, HelperCall][] = [
  ['formatPrompt gives a single message its text, untrimmed', { fn: 'format_prompt', messages: [assistant('  A1  ')] }],
  ['formatPrompt writes Role: lines and Assistant:', { fn: 'format_prompt', messages: conversation }],
  ['formatPrompt takes the developer role, written Developer:', { fn: 'format_prompt', messages: [developer, user('Hi')] }],
  ['formatPrompt leaves out turns with no text', { fn: 'format_prompt', messages: [user('a'), assistant(''), user(' \n '), user('b')] }],
  ['formatPrompt gives "\\nAssistant:" when no turn has text', { fn: 'format_prompt', messages: [user(''), assistant('\t')] }],
  ['formatPrompt sees whitespace as Python does (\\x1c is, \\ufeff is not)', { fn: 'format_prompt', messages: [user('\x1c\x85'), user('\ufeff')] }],
  ['formatPrompt joins text parts as they are, images left out', { fn: 'format_prompt', messages: [withImage, assistant('A cat.')] }],
  ['formatPrompt gives a single message of parts its text', { fn: 'format_prompt', messages: [withImage] }],
  ['formatPrompt without system still writes [system, user] as a conversation', { fn: 'format_prompt', messages: [system, user('Hi')], options: { include_system: false } }],
  ['formatPrompt without system leaves out developer messages too', { fn: 'format_prompt', messages: [developer, ...conversation], options: { include_system: false } }],
  ['formatPrompt with addSpecialTokens writes even one message as a line', { fn: 'format_prompt', messages: [user('Hi')], options: { add_special_tokens: true } }],
  ['formatPrompt with doContinue ends without Assistant:', { fn: 'format_prompt', messages: conversation, options: { do_continue: true } }],
  ['getLastUserMessage gives "" when an answer came last', { fn: 'get_last_user_message', messages: [user('Q1'), assistant('A1')] }],
  ['getLastUserMessage joins the user messages since the last answer', { fn: 'get_last_user_message', messages: [user('Q1'), assistant('A1'), user('Q2'), user('Q3')] }],
  ['getLastUserMessage trims each and skips empty ones', { fn: 'get_last_user_message', messages: [assistant('A1'), user('  Q2 '), user(''), user('\tQ3\x1c'), user('\ufeffQ4')] }],
  ['getLastUserMessage reads text parts', { fn: 'get_last_user_message', messages: [withImage] }],
  ['getLastUserMessage gives "" when a system message came last', { fn: 'get_last_user_message', messages: [user('Q1'), system] }],
  ['getLastUserMessage gives "" for no messages', { fn: 'get_last_user_message', messages: [] }],
  ['getSystemPrompt joins system and developer messages, empty ones too', { fn: 'get_system_prompt', messages: [system, user('Hi'), developer, { role: 'system', content: '' }] }],
  ['getSystemPrompt gives "" with no system message', { fn: 'get_system_prompt', messages: [user('Hi')] }],
  ['formatImagePrompt draws the user messages since the last answer', { fn: 'format_image_prompt', messages: [...conversation, user('in blue')] }],
  ['formatImagePrompt draws the prompt given instead', { fn: 'format_image_prompt', messages: conversation, prompt: 'a blue dog' }],
  ['formatImagePrompt keeps an empty prompt given', { fn: 'format_image_prompt', messages: conversation, prompt: '' }],
  ['formatImagePrompt gives "" when an answer came last', { fn: 'format_image_prompt', messages: [user('a cat'), assistant('Here it is.')] }],
  ['formatPromptMaxLength keeps a conversation that fits', { fn: 'format_prompt_max_length', messages: conversation, maxLength: 62 }],
  ['formatPromptMaxLength keeps the first three and last three turns of a long one', { fn: 'format_prompt_max_length', messages: long, maxLength: 300 }],
  ['formatPromptMaxLength falls back to the system messages and the last turn', { fn: 'format_prompt_max_length', messages: long, maxLength: 100 }],
  ['formatPromptMaxLength falls back to the last turn alone', { fn: 'format_prompt_max_length', messages: long, maxLength: 45 }],
  ['formatPromptMaxLength under seven turns goes from the whole to the system messages and the last turn', { fn: 'format_prompt_max_length', messages: conversation, maxLength: 50 }],
  ['formatPromptMaxLength gives two turns that do not fit as the last one', { fn: 'format_prompt_max_length', messages: [system, user('Name a colour')], maxLength: 20 }],
  ['formatPromptMaxLength counts characters as Python does, an emoji as one', { fn: 'format_prompt_max_length', messages: [user('😀😀'), assistant('😀')], maxLength: 32 }],
];

/** Calls where ours differs from g4f on purpose, as docs/usage.md says: what each gives. */
const differences: [string, HelperCall, { g4f: Outcome; ours: Outcome }][] = [
  [
    'formatPrompt without system leaves out a lone system message (g4f gives its text)',
    { fn: 'format_prompt', messages: [system], options: { include_system: false } },
    { g4f: { value: 'Be brief.' }, ours: { value: '\nAssistant:' } },
  ],
  ['formatPrompt refuses no messages with InvalidRequestError (g4f: IndexError)', { fn: 'format_prompt', messages: [] }, { g4f: { error: 'IndexError' }, ours: { error: 'InvalidRequestError' } }],
  [
    'getSystemPrompt reads a system message of parts (g4f: TypeError)',
    { fn: 'get_system_prompt', messages: [user('Hi'), { role: 'system', content: [{ type: 'text', text: 'Be brief.' }] }] },
    { g4f: { error: 'TypeError' }, ours: { value: 'Be brief.' } },
  ],
  [
    'formatPromptMaxLength throws PromptTooLongError where even the last turn does not fit (g4f sends it anyway)',
    { fn: 'format_prompt_max_length', messages: [user('x'.repeat(20))], maxLength: 10 },
    { g4f: { value: 'x'.repeat(20) }, ours: { error: 'PromptTooLongError' } },
  ],
  [
    'formatPromptMaxLength gives the last turn of parts as its text (g4f gives the list of parts)',
    { fn: 'format_prompt_max_length', messages: [system, user('x'.repeat(30)), withImage], maxLength: 15 },
    { g4f: { value: withImage.content }, ours: { value: 'Look here.' } },
  ],
  [
    'formatPromptMaxLength keeps developer messages with the last turn, as system ones (g4f drops them)',
    { fn: 'format_prompt_max_length', messages: [developer, user('x'.repeat(50)), assistant('y'.repeat(50)), user('Q')], maxLength: 40 },
    { g4f: { value: 'Q' }, ours: { value: 'Developer: French.\nUser: Q\nAssistant:' } },
  ],
  [
    'formatPromptMaxLength does not repeat a last turn that is a system message (g4f writes it twice)',
    { fn: 'format_prompt_max_length', messages: [user('x'.repeat(50)), assistant('y'.repeat(50)), system], maxLength: 50 },
    { g4f: { value: 'System: Be brief.\nSystem: Be brief.\nAssistant:' }, ours: { value: 'Be brief.' } },
  ],
];

const python = g4fWitnessPython();
const g4f = python === undefined ? undefined : callG4F(python, [...same.map(([, call]) => call), ...differences.map(([, call]) => call)]);
const g4fOutcome = (index: number): Outcome | undefined => g4f?.outcomes[index];

describe.skipIf(g4f === undefined)(`the prompt helpers, compared with g4f ${G4F_VERSION}'s own`, () => {
  it(`runs g4f ${G4F_VERSION}, the release the helpers match`, () => {
    expect(g4f?.version).toBe(G4F_VERSION);
  });

  it.each(same.map(([name, call], index) => [name, call, index] as const))('%s, as g4f does', (_, call, index) => {
    expect(callOurs(call)).toEqual(g4fOutcome(index));
  });

  it.each(differences.map(([name, call, expected], index) => [name, call, expected, same.length + index] as const))('%s', (_, call, expected, index) => {
    expect({ g4f: g4fOutcome(index), ours: callOurs(call) }).toEqual(expected);
  });
});
