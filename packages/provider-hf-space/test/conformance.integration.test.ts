import { afterAll, describe, expect, it } from 'vitest';
import { FallbackProvider, getRegistry, type Provider } from '@g4f/core';
import { connectionProbe, describeProvider } from '@g4f/core/testing';
import { ChatUiProvider, GradioSpaceProvider, HuggingSpace, Qwen_QVQ_72B, Qwen_Qwen_2_5_Max } from '@g4f/provider-hf-space';
import { localSpaceUrlFor } from '@g4f/local-space/testing';
import { conformanceScenarios, PROVIDER_TRAITS } from './helpers/provider-fixtures.js';
import type { ForwardingProxy } from './helpers/forwarding-proxy.js';
import { startShapeChangingProxy } from './helpers/shape-changing-proxy.js';

// Every registered provider, so that a new provider is covered by registering it.
const registered = getRegistry().all();
type SpaceProvider = GradioSpaceProvider | ChatUiProvider;
// Gradio Spaces and chat-ui Spaces alike: one transport more is one more kind here, nothing else.
const spaceProviders = registered.filter((provider): provider is SpaceProvider => provider instanceof GradioSpaceProvider || provider instanceof ChatUiProvider);
const probe = connectionProbe();

/** The provider at its local Gradio app, its requests counted by the probe; undefined when the app is not running. */
function local(provider: SpaceProvider): SpaceProvider | undefined {
  const url = localSpaceUrlFor(provider.name);
  return url === undefined ? undefined : provider.withSettings({ baseUrl: url, fetch: probe.fetch });
}

describe('the registry', () => {
  it('holds every Space provider, each with a local Gradio app, and HuggingSpace over them all', () => {
    expect(spaceProviders.length).toBeGreaterThanOrEqual(9);
    for (const provider of spaceProviders) expect(local(provider), provider.name).toBeDefined();
    expect(registered).toContain(HuggingSpace);
    expect(HuggingSpace.providers).toEqual(spaceProviders);
  });
});

// Each local app also behind a proxy that changes its outputs' shape, for the unreadable-answer check.
const proxies = new Map<string, ForwardingProxy>();
for (const provider of spaceProviders) {
  const url = localSpaceUrlFor(provider.name);
  if (url !== undefined) proxies.set(provider.name, await startShapeChangingProxy(url));
}
afterAll(async () => {
  await Promise.all([...proxies.values()].map((proxy) => proxy.close()));
});

/** The provider at the proxy that changes its local app's output shapes. */
function reshaped(provider: SpaceProvider): SpaceProvider {
  return provider.withSettings({ baseUrl: proxies.get(provider.name)?.url ?? '', fetch: probe.fetch });
}

for (const provider of spaceProviders) {
  const copy = local(provider);
  describe.skipIf(copy === undefined)(`${provider.name} against its local Gradio app`, () => {
    describeProvider(() => copy as Provider, conformanceScenarios(PROVIDER_TRAITS[provider.name] ?? {}, probe.open, () => reshaped(provider)));
  });
}

const copies = spaceProviders.map(local);
const allLocal = copies.every((copy) => copy !== undefined);

describe.skipIf(!allLocal)('HuggingSpace against the local Gradio apps', () => {
  // Its default model is Qwen2-72B's, a chat model that streams.
  describeProvider(() => HuggingSpace.withProviders(copies as SpaceProvider[]), conformanceScenarios({}, probe.open, () => HuggingSpace.withProviders(spaceProviders.map(reshaped))));
});

describe.skipIf(!allLocal)('a FallbackProvider past a Space that is down', () => {
  const chain = () => {
    const [qvq, max] = [local(Qwen_QVQ_72B), local(Qwen_Qwen_2_5_Max)] as GradioSpaceProvider[];
    const down = Qwen_QVQ_72B.withSettings({ baseUrl: 'http://127.0.0.1:9', retry: { retries: 0 } });
    return new FallbackProvider([down, qvq as GradioSpaceProvider, max as GradioSpaceProvider]);
  };
  // Its default model is Qwen2.5-Max's, a chat model that streams.
  describeProvider(chain, conformanceScenarios({}, probe.open));
});
