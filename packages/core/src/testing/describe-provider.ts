import { describe, expect, it } from 'vitest';
import { ModelNotSupportedError } from '../errors/lookup-errors.js';
import type { Provider } from '../provider/provider.js';
import type { ProviderOptions } from '../provider/provider-options.js';
import type { Messages } from '../types/message.js';
import { isContentPart, type StreamPart } from '../types/stream-part.js';

/** What the shared provider tests need to know besides the provider. */
export interface DescribeProviderOptions {
  /** Options for every call, such as a local base URL. Default: none. */
  callOptions?: () => ProviderOptions;
  /** A conversation the provider answers with some text. Default: one user "Hello". */
  messages?: Messages;
  /** A conversation whose answer streams long enough to be aborted midway. Default: `messages`. */
  longMessages?: Messages;
}

/**
 * The conformance tests every provider passes: complete metadata, model names that resolve,
 * unknown models rejected, text streamed as strings, and an abort that stops the stream.
 * `getProvider` is called inside the tests, so it may depend on a test server started later.
 */
export function describeProvider(getProvider: () => Provider, options: DescribeProviderOptions = {}): void {
  const messages = options.messages ?? [{ role: 'user', content: 'Hello' }];
  const callOptions = (): ProviderOptions => options.callOptions?.() ?? {};

  describe('provider conformance', () => {
    it('has complete metadata', () => {
      const provider = getProvider();
      expect(provider.name).toMatch(/^\w+$/);
      expect(provider.label.trim()).not.toBe('');
      expect(() => new URL(provider.url)).not.toThrow();
      for (const flag of ['working', 'needsAuth', 'supportsStream', 'supportsSystemMessage', 'supportsMessageHistory'] as const) {
        expect(typeof provider[flag], flag).toBe('boolean');
      }
    });

    it('resolves an empty model name and the default model to the default model', () => {
      const provider = getProvider();
      expect(provider.getModel('')).toBe(provider.defaultModel);
      expect(provider.getModel(provider.defaultModel)).toBe(provider.defaultModel);
      expect(provider.getModels()).toContain(provider.defaultModel);
    });

    it('resolves every listed model to itself and every alias to a served model', () => {
      const provider = getProvider();
      for (const model of provider.getModels()) expect(provider.getModel(model)).toBe(model);
      for (const [alias, target] of Object.entries(provider.modelAliases)) {
        expect(provider.getModel(alias), alias).toBe(target);
        expect(provider.getModels(), alias).toContain(target);
      }
    });

    it('rejects an unknown model with ModelNotSupportedError naming the provider and the valid models', () => {
      const provider = getProvider();
      const attempt = (): string => provider.getModel('no-such-model-anywhere');
      expect(attempt).toThrow(ModelNotSupportedError);
      expect(attempt).toThrow(provider.name);
      expect(attempt).toThrow(provider.defaultModel);
    });

    it('streams the answer: text as non-empty strings, or images as image parts', async () => {
      const provider = getProvider();
      if (provider.imageModels.includes(provider.defaultModel)) {
        const parts: StreamPart[] = [];
        for await (const part of provider.createAsyncGenerator(provider.defaultModel, messages, { ...callOptions(), parts: true })) parts.push(part);
        const images = parts.filter((part) => typeof part === 'object' && part.type === 'image');
        expect(images.length).toBeGreaterThan(0);
        for (const image of images) expect(() => new URL((image as { url: string }).url)).not.toThrow();
        return;
      }
      const chunks: unknown[] = [];
      for await (const chunk of provider.createAsyncGenerator(provider.defaultModel, messages, callOptions())) {
        chunks.push(chunk);
      }
      expect(chunks.length).toBeGreaterThan(0);
      for (const chunk of chunks) expect(typeof chunk).toBe('string');
      expect(chunks.join('').trim()).not.toBe('');
    });

    it('stops streaming when the caller aborts', async () => {
      const provider = getProvider();
      const controller = new AbortController();
      const afterAbort: StreamPart[] = [];
      // Text models are aborted after their first content; image models, which answer at once, after their first part.
      const abortsOn = provider.imageModels.includes(provider.defaultModel) ? () => true : isContentPart;
      const stream = provider.createAsyncGenerator(provider.defaultModel, options.longMessages ?? messages, {
        ...callOptions(),
        signal: controller.signal,
        parts: true,
      });
      const reading = (async () => {
        for await (const part of stream) {
          if (controller.signal.aborted) afterAbort.push(part);
          else if (abortsOn(part)) controller.abort();
        }
      })();
      await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
      expect(afterAbort).toEqual([]);
    });
  });
}
