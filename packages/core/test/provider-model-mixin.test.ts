import { describe, expect, it } from 'vitest';
import { AsyncGeneratorProvider, ModelNotSupportedError, ProviderModelMixin, type StreamPart } from '@g4f/core';
import { EchoProvider } from './helpers/echo-provider.js';

describe('ProviderModelMixin', () => {
  const provider = new EchoProvider();

  it('gives the default model for an empty or missing name', () => {
    expect(provider.getModel('')).toBe('echo-1');
    expect(provider.getModel()).toBe('echo-1');
    expect(provider.getModel('  ')).toBe('echo-1');
  });

  it('gives an alias its target and a model itself, trimmed and in any case', () => {
    expect(provider.getModel('echo')).toBe('echo-1');
    expect(provider.getModel('echo-2')).toBe('echo-2');
    expect(provider.getModel(' ECHO-2 ')).toBe('echo-2');
    expect(provider.getModel('Echo-Latest')).toBe('echo-3');
  });

  it('serves alias targets that are missing from the model list', () => {
    expect(provider.getModel('echo-latest')).toBe('echo-3');
    expect(provider.getModels()).toEqual(['echo-1', 'echo-2', 'echo-3']);
  });

  it('rejects an unknown model naming the provider and every valid name', () => {
    const attempt = () => provider.getModel('gpt-9');
    expect(attempt).toThrow(ModelNotSupportedError);
    expect(attempt).toThrow('Echo: model "gpt-9" is not supported. Valid models and aliases: echo-1, echo-2, echo-3, echo, echo-latest.');
  });

  it('refuses a name that two names match in different case, rather than guess', () => {
    class TwoCases extends ProviderModelMixin(AsyncGeneratorProvider) {
      constructor() {
        super({ name: 'TwoCases', label: 'Two cases', url: 'http://127.0.0.1', defaultModel: 'Model-A', models: ['model-a'] });
      }
      protected async *streamParts(): AsyncIterable<StreamPart> {}
    }
    const twoCases = new TwoCases();
    expect(twoCases.getModel('model-a')).toBe('model-a');
    expect(() => twoCases.getModel('MODEL-A')).toThrow(ModelNotSupportedError);
  });

  it('counts a default model missing from `models` as served (g4f lost it)', () => {
    class Lopsided extends ProviderModelMixin(AsyncGeneratorProvider) {
      constructor() {
        super({ name: 'Lopsided', label: 'Lopsided', url: 'http://127.0.0.1', defaultModel: 'only-default', models: ['other'] });
      }
      protected async *streamParts(): AsyncIterable<StreamPart> {}
    }
    const lopsided = new Lopsided();
    expect(lopsided.getModels()).toContain('only-default');
    expect(lopsided.getModel('only-default')).toBe('only-default');
  });

  it('does not take Object.prototype names for aliases', () => {
    expect(() => provider.getModel('toString')).toThrow(ModelNotSupportedError);
  });
});
