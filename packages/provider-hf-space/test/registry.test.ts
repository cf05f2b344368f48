import { describe, expect, it } from 'vitest';
import { getProvider, getProviderByName, listModels } from '@g4f/core';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';

describe('@g4f/provider-hf-space in the registry', () => {
  it('serves Qwen_QVQ_72B by model name and alias', () => {
    expect(getProvider('qwen-qvq-72b-preview')).toBe(Qwen_QVQ_72B);
    expect(getProvider('qvq-72b')).toBe(Qwen_QVQ_72B);
    expect(getProviderByName('Qwen_QVQ_72B')).toBe(Qwen_QVQ_72B);
  });

  it('lists the QVQ model as a vision model with its alias', () => {
    expect(listModels()).toContainEqual({
      model: 'qwen-qvq-72b-preview',
      aliases: ['qvq-72b'],
      providers: ['Qwen_QVQ_72B'],
      takes: ['text', 'image'],
      gives: ['text'],
    });
  });

  it('keeps the real Space as the default and takes a local base URL per instance', () => {
    expect(Qwen_QVQ_72B.url).toBe('https://qwen-qvq-72b-preview.hf.space');
    const local = Qwen_QVQ_72B.withSettings({ baseUrl: 'http://127.0.0.1:7860' });
    expect(local.url).toBe('http://127.0.0.1:7860');
    expect(Qwen_QVQ_72B.url).toBe('https://qwen-qvq-72b-preview.hf.space');
    expect(local.getModel('qvq-72b')).toBe('qwen-qvq-72b-preview');
  });
});

describe("the Spaces of g4f's hf_space, found by model, alias and name", () => {
  it.each([
    ['Qwen_Qwen_2_5M', 'qwen-2.5-1m-demo', ['qwen-2.5-1m']],
    ['Voodoohop_Flux1Schnell', 'voodoohop-flux-1-schnell', ['flux-schnell']],
    ['StabilityAI_SD35Large', 'stable-diffusion-3.5-large', ['stabilityai-stable-diffusion-3-5-large', 'sd-3.5', 'sd-3.5-large']],
    [
      'Qwen_Qwen_3',
      'qwen3-235b-a22b',
      ['qwen-3-235b', 'qwen-3-30b', 'qwen-3-32b', 'qwen-3-14b', 'qwen-3-4b', 'qwen-3-1.7b', 'qwen-3-0.6b'],
    ],
  ] as const)('%s: its model, its aliases and its name', (name, model, aliases) => {
    const provider = getProviderByName(name);
    expect(getProvider(model)).toBe(provider);
    expect(getProvider(name)).toBe(provider);
    for (const alias of aliases) expect(getProvider(alias), alias).toBe(provider);
  });

  it('Qwen3 serves all eight models, each with its alias where g4f has one', () => {
    const qwen3 = getProviderByName('Qwen_Qwen_3');
    expect(qwen3.getModels()).toEqual(['qwen3-235b-a22b', 'qwen3-32b', 'qwen3-30b-a3b', 'qwen3-14b', 'qwen3-8b', 'qwen3-4b', 'qwen3-1.7b', 'qwen3-0.6b']);
    expect(qwen3.getModel('qwen-3-30b')).toBe('qwen3-30b-a3b');
  });

  it('"flux" is served by both FLUX Spaces, FLUX.1-dev first', () => {
    const flux = getProvider('flux') as { providers?: readonly { name: string }[] };
    expect(flux.providers?.map((provider) => provider.name)).toEqual(['BlackForestLabs_Flux1Dev', 'Voodoohop_Flux1Schnell']);
  });

  it('lists Qwen2.5-1M as a reasoning chat model and FLUX.1-schnell as an image model', () => {
    expect(listModels()).toContainEqual(expect.objectContaining({ model: 'qwen-2.5-1m-demo', aliases: ['qwen-2.5-1m'], providers: ['Qwen_Qwen_2_5M'], gives: expect.arrayContaining(['text']) as unknown }));
    expect(listModels()).toContainEqual(expect.objectContaining({ model: 'voodoohop-flux-1-schnell', providers: ['Voodoohop_Flux1Schnell'], gives: ['image'] }));
  });
});
