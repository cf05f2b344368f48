import { describe, expect, it, vi } from 'vitest';
import type { MediaList } from '@g4f/core';
import { EchoProvider } from './helpers/echo-provider.js';

// The usage every g4f user knows, written as they would write it.
const Qwen_QVQ_72B = new EchoProvider('Qwen_QVQ_72B');

describe('the seed usage', () => {
  it('compiles and streams text straight into process.stdout.write', async () => {
    const written: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const messages = [{ role: 'user' as const, content: 'What is in this image?' }];
      const media: MediaList = [['fixtures/images/red-4x3.png', 'red.png']];
      const apiKey = undefined;
      const proxy = undefined;
      for await (const chunk of Qwen_QVQ_72B.createAsyncGenerator('qwen-qvq-72b-preview'.replace(/.*/, 'echo-2'), messages, { media, apiKey, proxy })) process.stdout.write(chunk);
    } finally {
      write.mockRestore();
    }
    expect(written.join('')).toBe('What is in this image?');
  });
});
