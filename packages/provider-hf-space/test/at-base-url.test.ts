import { describe, expect, it } from 'vitest';
import { FallbackProvider, InvalidRequestError } from '@g4f/core';
import { atBaseUrl, Qwen_QVQ_72B, Qwen_Qwen_2_5 } from '@g4f/provider-hf-space';

describe('atBaseUrl', () => {
  it('gives the Space provider at the other address, leaving the original as it was', () => {
    const moved = atBaseUrl(Qwen_QVQ_72B, 'http://127.0.0.1:7860');
    expect(moved.url).toBe('http://127.0.0.1:7860');
    expect(moved.name).toBe(Qwen_QVQ_72B.name);
    expect(Qwen_QVQ_72B.url).toBe('https://qwen-qvq-72b-preview.hf.space');
  });

  it('refuses a fallback chain with a typed error that says to name one Space provider', () => {
    const chain = new FallbackProvider([Qwen_QVQ_72B, Qwen_Qwen_2_5]);
    expect(() => atBaseUrl(chain, 'http://127.0.0.1:7860')).toThrow(InvalidRequestError);
    expect(() => atBaseUrl(chain, 'http://127.0.0.1:7860')).toThrow(/needs one Space provider.*--provider/);
  });
});
