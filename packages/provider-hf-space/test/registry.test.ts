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
