import { Container } from 'typedi';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FallbackProvider,
  getProvider,
  getProviderByName,
  getRegistry,
  listModels,
  ModelNotFoundError,
  PROVIDER_TOKEN,
  ProviderNotFoundError,
  ProviderNotWorkingError,
  ProviderRegistry,
  QuotaExceededError,
  registerProvider,
  RegistrySettings,
  resolveModel,
} from '@g4f/core';
import { DrawingProvider, EchoProvider, FailingProvider } from './helpers/echo-provider.js';

describe('ProviderRegistry', () => {
  beforeEach(() => {
    Container.remove(PROVIDER_TOKEN);
    Container.reset();
  });

  it('gets its settings injected by typedi (undefined would mean decorator metadata is missing)', () => {
    const registry = Container.get(ProviderRegistry);
    expect(registry.settings).toBeInstanceOf(RegistrySettings);
    expect(registry.settings).toBe(Container.get(RegistrySettings));
    expect(getRegistry()).toBe(registry);
  });

  it('finds a provider plugged in through the typedi token by a third party, by model, alias and name', async () => {
    const { Painter } = await import('./fixtures/third-party-provider.js');
    // The module was imported once for the whole file; plug it in again after the reset.
    Container.set({ id: PROVIDER_TOKEN, multiple: true, value: Painter });
    expect(getProvider('painter-1')).toBe(Painter);
    expect(getProvider('paint')).toBe(Painter);
    expect(getProviderByName('painter')).toBe(Painter);
    expect(resolveModel('', { task: 'image' })).toEqual({ provider: Painter, model: 'painter-1' });
  });

  it('finds a provider by model, alias and name, trimmed and in any case', () => {
    const echo = new EchoProvider();
    registerProvider(echo);
    expect(getProvider('echo-2')).toBe(echo);
    expect(getProvider(' echo ')).toBe(echo);
    expect(resolveModel('ECHO-2')).toEqual({ provider: echo, model: 'echo-2' });
    expect(getProviderByName('Echo')).toBe(echo);
    expect(getProviderByName(' echo')).toBe(echo);
  });

  it('takes a provider name where a model is expected, as g4f does: that provider and its default', () => {
    const parrot = new EchoProvider('Parrot');
    registerProvider(parrot);
    expect(resolveModel('Parrot')).toEqual({ provider: parrot, model: '' });
    expect(getProvider(' parrot ')).toBe(parrot);
  });

  it('gives the default chat, vision and image models for an empty name, from the first provider of each kind', () => {
    const echo = new EchoProvider();
    const painter = new FailingProvider('Painter', undefined);
    registerProvider(echo);
    expect(resolveModel('')).toEqual({ provider: echo, model: 'echo-1' });
    expect(resolveModel(undefined, { hasImage: true })).toEqual({ provider: echo, model: 'echo-2' });
    expect(() => resolveModel('', { task: 'image' })).toThrow('No image model is available');
    registerProvider(painter);
    expect(getRegistry().defaults()).toEqual({ chat: 'echo-1', vision: 'echo-2', image: undefined });
  });

  it('takes its defaults from RegistrySettings where they are set there', () => {
    registerProvider(new EchoProvider());
    Container.get(RegistrySettings).defaultModels = { chat: 'echo-3' };
    expect(resolveModel('').model).toBe('echo-3');
  });

  it('gives a fallback chain in registration order where several providers serve a model', () => {
    const [a, b] = [new EchoProvider('EchoA'), new EchoProvider('EchoB')];
    registerProvider(a, b);
    const chosen = getProvider('echo-1');
    expect(chosen).toBeInstanceOf(FallbackProvider);
    expect((chosen as FallbackProvider).providers).toEqual([a, b]);
    expect(chosen.name).toBe('Fallback(EchoA, EchoB)');
  });

  it('hands a chain the alias as asked, for each of its providers to resolve', async () => {
    const [dev, schnell] = [new DrawingProvider('Dev', 'flux-dev', new QuotaExceededError('GPU quota used up', 60)), new DrawingProvider('Schnell', 'flux-schnell')];
    registerProvider(dev, schnell);
    const { provider, model } = resolveModel('flux');
    expect(model).toBe('flux');
    expect(await provider.createCompletion(model, [{ role: 'user', content: 'a fox' }])).toBe('drawn by flux-schnell');
    expect(resolveModel('flux-dev')).toEqual({ provider: dev, model: 'flux-dev' });
  });

  it('finds a registered chain by name, and routes models to its members, not to it as well', () => {
    const [a, b] = [new EchoProvider('EchoA'), new EchoProvider('EchoB')];
    const all = new FallbackProvider([a, b], { name: 'AllEchoes' });
    registerProvider(all, a);
    expect(getProviderByName('AllEchoes')).toBe(all);
    expect((getProvider('echo-1') as FallbackProvider).providers).toEqual([a, b]);
    expect(listModels().find((listing) => listing.model === 'echo-1')?.providers).toEqual(['EchoA', 'EchoB']);
  });

  it('hands out a registered chain over the providers registered again since, by name', () => {
    const [a, b] = [new EchoProvider('EchoA'), new EchoProvider('EchoB')];
    const all = new FallbackProvider([a, b], { name: 'AllEchoes' });
    registerProvider(a, b, all);
    expect(getProviderByName('AllEchoes')).toBe(all);
    const movedB = new EchoProvider('EchoB');
    registerProvider(movedB);
    const chain = getProviderByName('allechoes') as FallbackProvider;
    expect([chain.name, chain.providers]).toEqual(['AllEchoes', [a, movedB]]);
    expect(resolveModel('AllEchoes').provider).toEqual(chain);
  });

  it('replaces a provider registered again under the same name, in its place', () => {
    const [first, other, replacement] = [new EchoProvider('Echo'), new EchoProvider('Other'), new EchoProvider('Echo')];
    registerProvider(first, other, replacement);
    expect(getRegistry().all()).toEqual([replacement, other]);
  });

  it('refuses providerOptions keyed by a name that is no provider, suggesting the nearest', () => {
    registerProvider(new EchoProvider());
    const registry = getRegistry();
    expect(() => { registry.checkProviderOptions({ Echo: { loud: true } }); }).not.toThrow();
    expect(() => { registry.checkProviderOptions({ Ecko: {} }); }).toThrow('providerOptions names no provider: "Ecko" (did you mean "Echo"?). Its keys are provider names: Echo.');
    expect(() => { registry.checkProviderOptions({ Pinned: {} }, [new EchoProvider('Pinned')]); }).not.toThrow();
  });

  it('lists near matches for an unknown model', () => {
    registerProvider(new EchoProvider());
    const attempt = () => getProvider('ecko-2');
    expect(attempt).toThrow(ModelNotFoundError);
    expect(attempt).toThrow('Did you mean: echo-2');
  });

  it('lists the registered providers for an unknown name', () => {
    registerProvider(new EchoProvider());
    expect(() => getProviderByName('Nope')).toThrow(new ProviderNotFoundError('Nope', ['Echo']));
  });

  it('skips providers that do not work, and says so when none is left', () => {
    class Broken extends EchoProvider {
      override readonly working = false;
    }
    registerProvider(new Broken('Broken'));
    expect(() => getProvider('echo-1')).toThrow(ProviderNotWorkingError);
    const echo = new EchoProvider();
    registerProvider(echo);
    expect(getProvider('echo-1')).toBe(echo);
  });

  it('lists models with aliases, providers and capabilities', () => {
    registerProvider(new EchoProvider('EchoA'), new EchoProvider('EchoB'));
    expect(listModels()).toEqual([
      { model: 'echo-1', aliases: ['echo'], providers: ['EchoA', 'EchoB'], takes: ['text'], gives: ['text'] },
      { model: 'echo-2', aliases: [], providers: ['EchoA', 'EchoB'], takes: ['text', 'image'], gives: ['text'] },
      { model: 'echo-3', aliases: ['echo-latest'], providers: ['EchoA', 'EchoB'], takes: ['text'], gives: ['text'] },
    ]);
  });
});
