import { describe, expect, it } from 'vitest';
import { getRegistry } from '@g4f/core';
import { describeProvider } from '@g4f/core/testing';
import { GradioSpaceProvider } from '@g4f/provider-hf-space';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { conformanceMessages, PROVIDER_FIXTURES } from './helpers/provider-fixtures.js';

// Every Space provider in the registry, so that a new provider is covered by registering it.
const spaceProviders = getRegistry()
  .all()
  .filter((provider): provider is GradioSpaceProvider => provider instanceof GradioSpaceProvider);

describe('the registry', () => {
  it('holds every Space provider, each with a local fixture app', () => {
    expect(spaceProviders.length).toBeGreaterThanOrEqual(8);
    for (const provider of spaceProviders) expect(PROVIDER_FIXTURES[provider.name], provider.name).toBeDefined();
  });
});

for (const provider of spaceProviders) {
  const fixture = PROVIDER_FIXTURES[provider.name];
  const url = fixture === undefined ? undefined : localSpaceUrl(fixture.app);
  describe.skipIf(url === undefined)(`${provider.name} against its local Gradio app`, () => {
    const messages = conformanceMessages(fixture?.needsImage ?? false);
    const slow = conformanceMessages(fixture?.needsImage ?? false).map((message) =>
      typeof message.content === 'string' ? { ...message, content: `trigger:slow ${'word '.repeat(20)}` } : message,
    );
    describeProvider(() => provider.withSettings({ baseUrl: url ?? '' }), { messages, longMessages: slow });
  });
}
