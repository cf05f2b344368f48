import { Container } from 'typedi';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  FallbackProvider,
  getProvider,
  getProviderByName,
  getRegistry,
  listModels,
  ModelNotFoundError,
  ProviderNotFoundError,
  ProviderNotWorkingError,
  ProviderRegistry,
  registerProvider,
  RegistrySettings,
} from '@g4f/core';
import { EchoProvider } from './helpers/echo-provider.js';

describe('ProviderRegistry', () => {
  beforeEach(() => {
    Container.reset();
  });

  it('gets its settings injected by typedi (undefined would mean decorator metadata is missing)', () => {
    const registry = Container.get(ProviderRegistry);
    expect(registry.settings).toBeInstanceOf(RegistrySettings);
    expect(registry.settings).toBe(Container.get(RegistrySettings));
    expect(getRegistry()).toBe(registry);
  });

  it('finds a provider by model, alias and name', () => {
    const echo = new EchoProvider();
    registerProvider(echo);
    expect(getProvider('echo-2')).toBe(echo);
    expect(getProvider('echo')).toBe(echo);
    expect(getProviderByName('Echo')).toBe(echo);
    expect(getProviderByName('echo')).toBe(echo);
  });

  it('gives a fallback chain in registration order where several providers serve a model', () => {
    const [a, b] = [new EchoProvider('EchoA'), new EchoProvider('EchoB')];
    registerProvider(a, b);
    const chosen = getProvider('echo-1');
    expect(chosen).toBeInstanceOf(FallbackProvider);
    expect((chosen as FallbackProvider).providers).toEqual([a, b]);
    expect(chosen.name).toBe('Fallback(EchoA, EchoB)');
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

  it('refuses a second provider of the same name unless replacing', () => {
    const registry = getRegistry();
    registry.register(new EchoProvider());
    expect(() => { registry.register(new EchoProvider()); }).toThrow('already registered');
    const replacement = new EchoProvider();
    registry.register(replacement, { replace: true });
    expect(registry.getProviderByName('Echo')).toBe(replacement);
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
