import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MediaError, type Messages, type StreamPart } from '@g4f/core';
import type { GradioMajor } from '@g4f/local-space';
import { AnySpaceProvider, UnmappableSpaceError } from '@g4f/provider-hf-space';
import { spacesOnVersions } from './helpers/spaces-on-versions.js';

// Every app of spaces/any_space/app.py, each at its own path, on Gradio 4, 5 and 6.
const VERSIONS: readonly GradioMajor[] = [4, 5, 6];
const serverUrl = spacesOnVersions(VERSIONS, { app: 'any-spaces' });
const image = fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url));
const ask = (content: string): Messages => [{ role: 'user', content }];

function spaceAt(base: string, app: string, endpoint?: string): AnySpaceProvider {
  return new AnySpaceProvider(`space:local/${app}${endpoint === undefined ? '' : `/${endpoint}`}`, { baseUrl: `${base}/${app}` });
}

async function partsOf(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const textOf = (parts: readonly StreamPart[]): string => parts.filter((part): part is string => typeof part === 'string').join('');

async function refusalOf(promise: Promise<unknown>): Promise<UnmappableSpaceError> {
  const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(UnmappableSpaceError);
  return error as UnmappableSpaceError;
}

describe.for(VERSIONS)('any Space by its id, on Gradio %i', (gradio) => {
  it('streams a gr.ChatInterface answer', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chat-messages');
    const parts = await partsOf(space.createAsyncGenerator('', ask('hello there'), { parts: true }));
    expect(textOf(parts)).toBe('You said: hello there History: []');
    expect(parts.filter((part) => typeof part === 'string').length).toBeGreaterThan(1);
    expect(parts.at(-1)).toEqual({ type: 'finish', reason: 'stop' });
  });

  it('gives a ChatInterface the history in its own format, through the session it keeps it in', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chat-messages');
    const answer = await space.createCompletion('', [
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'one' },
      { role: 'user', content: 'second' },
    ]);
    if (gradio === 4) {
      // Gradio 4's ChatInterface keeps its API's history in a State nothing else fills: the conversation goes as one prompt.
      expect(answer).toMatch(/^You said: .*first.*one.*second.* History: \[\]$/s);
    } else {
      expect(answer).toBe('You said: second History: ["user:Be brief.\\n\\nfirst", "assistant:one"]');
    }
  });

  it('sends an image to a multimodal ChatInterface', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chat-multimodal');
    const answer = await space.createCompletion('', ask('what is this?'), { media: [[image, 'red.png']] });
    expect(answer).toBe('The image is a PNG of 4x3 pixels. You said: what is this?');
  });

  it("gives a ChatInterface's additional inputs their defaults, or the caller's values by name", async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chat-extras');
    expect(await space.createCompletion('', ask('hi'))).toBe('You said: hi (temperature 0.7, size small)');
    const names = (await space.plan()).endpoint.inputs.filter((input) => !input.state).map((input) => input.name);
    const [, temperature = '', size = ''] = names;
    const chosen = await space.createCompletion('', ask('hi'), { providerOptions: { [space.name]: { [temperature]: 1.5, [size]: 'large' } } });
    expect(chosen).toBe('You said: hi (temperature 1.5, size large)');
  });

  it('refuses a setting of the wrong type before anything is sent', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chat-extras');
    const names = (await space.plan()).endpoint.inputs.filter((input) => !input.state).map((input) => input.name);
    await expect(space.createCompletion('', ask('hi'), { providerOptions: { [space.name]: { [names[2] ?? '']: 'huge' } } })).rejects.toThrow(/small|large/);
  });

  it('streams a Blocks Textbox to Textbox endpoint', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'text-stream');
    const parts = await partsOf(space.createAsyncGenerator('', ask('a b c'), { parts: true }));
    expect(textOf(parts)).toBe('Completion of: a b c');
    expect(parts.filter((part) => typeof part === 'string').length).toBeGreaterThan(1);
  });

  it('answers about an image on a Blocks Image + Textbox endpoint, and refuses a second image', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'image-question');
    expect(await space.createCompletion('', ask('colour?'), { media: [[image, 'red.png']] })).toBe('The image is a PNG of 4x3 pixels. Question: colour?');
    await expect(space.createCompletion('', ask('colour?'), { media: [[image, 'a.png'], [image, 'b.png']] })).rejects.toThrow(MediaError);
  });

  it('sends the image to a File input, and to a Gallery input as its one item', async (context) => {
    const base = serverUrl(gradio, context);
    expect(await spaceAt(base, 'file-question').createCompletion('', ask('colour?'), { media: [[image, 'red.png']] })).toBe('The image is a PNG of 4x3 pixels. Question: colour?');
    expect(await spaceAt(base, 'gallery-question').createCompletion('', ask('colour?'), { media: [[image, 'red.png']] })).toBe('The image is a PNG of 4x3 pixels. 1 image(s). Question: colour?');
  });

  it('reads every image of a Gallery output', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'text-to-gallery');
    const parts = await partsOf(space.createAsyncGenerator('', ask('two cats'), { parts: true }));
    const images = parts.flatMap((part) => (typeof part === 'object' && part.type === 'image' ? [part.url] : []));
    expect(images).toHaveLength(2);
    for (const url of images) expect(url).toMatch(/img-\d+-32x32-/);
  });

  it('refuses an image where the endpoint takes none', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'text-stream');
    await expect(space.createCompletion('', ask('hi'), { media: [[image, 'red.png']] })).rejects.toThrow(MediaError);
  });

  it('draws with a text-to-image Blocks app, its seed and size from providerOptions', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'text-to-image');
    const parts = await partsOf(space.createAsyncGenerator('', ask('a red fox'), { parts: true, providerOptions: { [space.name]: { size: 128, seed: 7 } } }));
    const images = parts.flatMap((part) => (typeof part === 'object' && part.type === 'image' ? [part] : []));
    expect(images).toHaveLength(1);
    const [drawn] = images;
    expect(drawn?.url).toMatch(/img-\d+-128x128-/);
    const bytes = await space.withSettings({}).createCompletion('', ask('a red fox'));
    expect(bytes).toMatch(/^\s*!\[a red fox\]\(/);
  });

  it('sends the history to a Chatbot + Textbox Blocks app in its own format, and reads the reply from the history it returns', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chatbot-blocks');
    expect(await space.createCompletion('', ask('first'))).toBe('Echo: first History: []');
    const second = await space.createCompletion('', [
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'Echo: first' },
      { role: 'user', content: 'second' },
    ]);
    // Gradio 4 and 5 default a Blocks Chatbot to tuples; Gradio 6 has only messages.
    const received = gradio === 6 ? '["user:first", "assistant:Echo: first"]' : '["pair:first|Echo: first"]';
    expect(second).toBe(`Echo: second History: ${received}`);
  });

  it("answers through Gradio's chatbot demo, whose submit adds the user's turn and whose .then() handler streams the reply", async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'chatbot-then');
    const parts = await partsOf(
      space.createAsyncGenerator(
        '',
        [
          { role: 'user', content: 'first' },
          { role: 'assistant', content: 'one' },
          { role: 'user', content: 'second' },
        ],
        { parts: true },
      ),
    );
    const received = gradio === 6 ? '["user:first", "assistant:one"]' : '["pair:first|one"]';
    expect(textOf(parts)).toBe(`Then: second History: ${received}`);
    expect(parts.filter((part) => typeof part === 'string').length).toBeGreaterThan(1);
  });

  it('refuses a Space with no text input, listing its endpoints', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'no-text-input');
    const error = await refusalOf(space.createCompletion('', ask('hi')));
    expect(error.message).toContain('no text input');
    expect(error.message).toContain('/flip(');
    expect(error.message).toContain('Nothing was sent');
  });

  it('refuses two candidate endpoints when none is named, and answers when one is', async (context) => {
    const base = serverUrl(gradio, context);
    const error = await refusalOf(spaceAt(base, 'two-endpoints').createCompletion('', ask('Hi')));
    expect(error.message).toMatch(/2 endpoints that could answer \(\/shout, \/whisper\)/);
    expect(error.message).toContain('space:local/two-endpoints/<endpoint>');
    expect(error.endpoints).toEqual(['/shout(value: textbox) -> textbox', '/whisper(value: textbox) -> textbox']);
    expect(await spaceAt(base, 'two-endpoints', 'whisper').createCompletion('', ask('Hi There'))).toBe('hi there');
  });

  it('refuses a required input with no default, naming it, and uses it when given', async (context) => {
    const space = spaceAt(serverUrl(gradio, context), 'required-input');
    const error = await refusalOf(space.createCompletion('', ask('hey')));
    expect(error.message).toMatch(/needs n \(number, "Count"\), which has no default/);
    expect(error.message).toContain(`providerOptions["${space.name}"].n`);
    expect(await space.createCompletion('', ask('hey'), { providerOptions: { [space.name]: { n: 2 } } })).toBe('hey hey');
  });
});

describe('reasoning from a ChatInterface, on Gradio 6', () => {
  it('streams a titled thought as reasoning parts and the answer as text', async (context) => {
    const space = spaceAt(serverUrl(6, context), 'chat-extras');
    const parts = await partsOf(space.createAsyncGenerator('', ask('hi'), { parts: true }));
    const reasoning = parts.flatMap((part) => (typeof part === 'object' && part.type === 'reasoning-delta' ? [part.text] : [])).join('');
    expect(reasoning).toBe('Thinking about hi');
    expect(textOf(parts)).toBe('You said: hi (temperature 0.7, size small)');
  });
});
