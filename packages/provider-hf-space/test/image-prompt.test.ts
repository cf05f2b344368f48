import { afterEach, describe, expect, it } from 'vitest';
import { InvalidRequestError } from '@g4f/core';
import { BlackForestLabs_Flux1Dev } from '@g4f/provider-hf-space';
import { startFakeSpace, type FakeSpace } from './helpers/fake-space.js';

let space: FakeSpace | undefined;

afterEach(async () => {
  await space?.close();
  space = undefined;
});

describe('an image model', () => {
  it('with nothing to draw, the answer last, is an InvalidRequestError before anything is sent', async () => {
    space = await startFakeSpace({});
    const flux = BlackForestLabs_Flux1Dev.withSettings({ baseUrl: space.url });
    const draw = flux.createCompletion('flux', [
      { role: 'user', content: 'a red cat' },
      { role: 'assistant', content: 'Here it is.' },
    ]);
    await expect(draw).rejects.toThrow(InvalidRequestError);
    await expect(draw).rejects.toThrow(
      'BlackForestLabs_Flux1Dev: model flux-dev has nothing to draw: the conversation does not end with a user message that has text. Add one, or pass providerOptions.BlackForestLabs_Flux1Dev.prompt.',
    );
    expect(space.requests).toEqual([]);
  });
});
