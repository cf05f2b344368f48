import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { errorKind } from '../errors/error-kind.js';
import { isG4FError } from '../errors/g4f-error.js';
import { ModelNotSupportedError } from '../errors/lookup-errors.js';
import { MediaError } from '../errors/media-error.js';
import { EmptyAnswerError, UnreadableAnswerError } from '../errors/response-errors.js';
import { RetryProviderError } from '../errors/retry-provider-error.js';
import { FallbackProvider } from '../provider/fallback-provider.js';
import type { CallOptions } from '../provider/call-options.js';
import type { Provider } from '../provider/provider.js';
import type { Messages } from '../types/message.js';
import { isContentPart, type FinishPart, type ImagePart, type StreamPart } from '../types/stream-part.js';
import type { ConformanceOptions } from './conformance-options.js';

/** One conformance check: it throws when the provider fails it, or returns why it does not apply. */
export interface ConformanceCheck {
  /** What a user would expect, as a sentence. */
  name: string;
  /** Runs the check; a string return is the reason it was skipped. */
  run(): Promise<string | undefined>;
}

// A 1x1 PNG, for providers tested without an image of their own.
const ONE_PIXEL_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const UPSTREAM_KINDS = ['upstream', 'quota', 'auth', 'timeout'];

async function collect(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const imagesOf = (parts: readonly StreamPart[]): ImagePart[] => parts.flatMap((part) => (typeof part === 'object' && part.type === 'image' ? [part] : []));
const textOf = (parts: readonly StreamPart[]): string => parts.filter((part) => typeof part === 'string').join('');

async function eventually(check: () => boolean, timeoutMs = 3000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await sleep(20);
  return check();
}

/**
 * The checks every provider passes, as plain functions (`describeProvider` runs each as a test;
 * the kit's own tests run them against broken providers). `getProvider` is called as each check
 * runs, so it may depend on a server started later.
 */
export function conformanceChecks(getProvider: () => Provider, options: ConformanceOptions = {}): ConformanceCheck[] {
  const messages = options.messages ?? [{ role: 'user', content: 'Hello there' }];
  const image = options.image?.media ?? ONE_PIXEL_PNG;
  const call = (extra: CallOptions = {}): CallOptions => ({ ...options.callOptions?.(), ...extra });
  const parts = (model: string, conversation: Messages, extra: CallOptions = {}) =>
    getProvider().createAsyncGenerator(model, conversation, { ...call(extra), parts: true });
  const ask = (text: string): Messages => [{ role: 'user', content: text }];

  return [
    {
      name: 'states its facts: a name, a label, a URL and boolean capabilities',
      async run() {
        const provider = getProvider();
        // One line, nothing around it: the name errors and the registry show.
        expect(provider.name).toMatch(/^\S(?:.*\S)?$/);
        expect(provider.label.trim()).not.toBe('');
        expect(() => new URL(provider.url)).not.toThrow();
        for (const flag of ['working', 'needsAuth', 'supportsStream', 'supportsSystemMessage', 'supportsMessageHistory'] as const) {
          expect(typeof provider[flag], flag).toBe('boolean');
        }
        return undefined;
      },
    },
    {
      name: 'has a consistent catalog: the default, alias targets and capabilities are served, and each name resolves',
      async run() {
        const provider = getProvider();
        const served = provider.getModels();
        expect(served).toContain(provider.defaultModel);
        expect(provider.getModel('')).toBe(provider.defaultModel);
        for (const model of [...provider.models, ...provider.visionModels, ...provider.imageModels, ...provider.reasoningModels]) {
          expect(served, model).toContain(model);
        }
        for (const model of served) expect(provider.getModel(model), model).toBe(model);
        for (const [alias, target] of Object.entries(provider.modelAliases)) {
          expect(served, alias).toContain(target);
          expect(provider.getModel(alias), alias).toBe(target);
        }
        return undefined;
      },
    },
    {
      name: 'rejects an unknown model with ModelNotSupportedError listing its models',
      async run() {
        const provider = getProvider();
        const unknown = 'no-such-model-anywhere';
        for (const attempt of [async () => provider.getModel(unknown), () => collect(parts(unknown, messages))]) {
          const error: unknown = await attempt().then(() => undefined, (thrown: unknown) => thrown);
          expect(ModelNotSupportedError.isInstance(error), `the unknown model "${unknown}" was not refused with ModelNotSupportedError (got ${String(error)}): resolve names with getModel`).toBe(true);
          expect((error as ModelNotSupportedError).validModels).toEqual(expect.arrayContaining(provider.getModels()));
          expect((error as Error).message).toContain(provider.name);
        }
        return undefined;
      },
    },
    {
      name: 'streams its answer (text, or images from an image model), then exactly one finish part',
      async run() {
        const provider = getProvider();
        const answer = await collect(parts(provider.defaultModel, messages));
        if (provider.imageModels.includes(provider.defaultModel)) expect(imagesOf(answer).length, 'the image model drew no image part').toBeGreaterThan(0);
        else expect(textOf(answer).trim(), 'the answer has no text').not.toBe('');
        const finishes = answer.filter((part) => typeof part === 'object' && part.type === 'finish');
        expect(finishes, 'the stream must end with exactly one { type: "finish", reason: "stop" } part').toMatchObject([{ type: 'finish', reason: 'stop' }]);
        expect(answer.at(-1), 'the finish part must be the last').toBe(finishes[0]);
        const { conversation } = finishes[0] as FinishPart;
        if (conversation !== undefined) {
          expect(conversation.provider, "a finish part's conversation names the provider that made it").toEqual(expect.any(String));
          expect(JSON.parse(JSON.stringify(conversation)), "a finish part's conversation must survive JSON").toEqual(conversation);
        }
        return undefined;
      },
    },
    {
      name: 'stops when the caller aborts: AbortError, nothing more, and its connections closed',
      async run() {
        const provider = getProvider();
        const controller = new AbortController();
        const afterAbort: StreamPart[] = [];
        // Image models, which answer at once, are aborted on their first part; text models on their first content.
        const abortsOn = provider.imageModels.includes(provider.defaultModel) ? () => true : isContentPart;
        const stream = parts(provider.defaultModel, options.longMessages ?? messages, { signal: controller.signal });
        const reading = (async () => {
          for await (const part of stream) {
            if (controller.signal.aborted) afterAbort.push(part);
            else if (abortsOn(part)) controller.abort();
          }
        })();
        await expect(reading, 'the stream must stop with the AbortError of options.signal: pass the signal to what you await').rejects.toMatchObject({ name: 'AbortError' });
        expect(afterAbort, 'parts arrived after the abort').toEqual([]);
        const { openConnections } = options;
        if (openConnections !== undefined) expect(await eventually(() => openConnections() === 0), `${openConnections()} connections left open`).toBe(true);
        return undefined;
      },
    },
    {
      name: 'reports an upstream failure as a typed error naming the provider',
      async run() {
        if (options.failingMessages === undefined) return 'no failingMessages given';
        const error: unknown = await collect(parts(getProvider().defaultModel, options.failingMessages)).then(() => undefined, (thrown: unknown) => thrown);
        expect(isG4FError(error), `the failure is no G4FError (got ${String(error)}): throw one of the typed errors`).toBe(true);
        expect(UPSTREAM_KINDS, `the failure's kind must be one of ${UPSTREAM_KINDS.join(', ')} (got ${String(error)})`).toContain(errorKind(error));
        expect((error as { provider?: unknown }).provider, 'the error must name the provider: pass { provider } to it').toEqual(expect.any(String));
        return undefined;
      },
    },
    {
      name: 'keeps the text delivered before a broken stream as the error\'s partialText',
      async run() {
        if (options.breakingMessages === undefined) return 'no breakingMessages given';
        const delivered: string[] = [];
        const error: unknown = await (async () => {
          for await (const chunk of getProvider().createAsyncGenerator(getProvider().defaultModel, options.breakingMessages ?? [], call())) delivered.push(chunk);
        })().then(() => undefined, (thrown: unknown) => thrown);
        expect(isG4FError(error), `the broken stream gave no G4FError (got ${String(error)})`).toBe(true);
        expect(delivered.join(''), 'the stream broke before any text: the scenario should break midway').not.toBe('');
        expect((error as { partialText?: unknown }).partialText, 'the error\'s partialText must be the text delivered before it').toBe(delivered.join(''));
        return undefined;
      },
    },
    {
      name: 'reports an answer in a shape it cannot read as UnreadableAnswerError naming the provider, never as an empty success',
      async run() {
        if (options.unreadable === undefined) return 'no unreadable upstream given';
        const provider = options.unreadable();
        const error: unknown = await collect(provider.createAsyncGenerator(provider.defaultModel, messages, { ...call(), parts: true })).then(
          () => undefined,
          (thrown: unknown) => thrown,
        );
        // A chain tries every member; each must have failed so.
        const failures = RetryProviderError.isInstance(error) ? error.errors : [error];
        for (const failure of failures) {
          expect(UnreadableAnswerError.isInstance(failure), `an answer in an unexpected shape must be an UnreadableAnswerError (got ${String(failure)})`).toBe(true);
          expect((failure as UnreadableAnswerError).provider, 'the error must name the provider').toEqual(expect.any(String));
        }
        return undefined;
      },
    },
    {
      name: 'gives an answer of nothing as no content and one finish part, which a fallback chain counts as a failure',
      async run() {
        if (options.emptyMessages === undefined) return 'no emptyMessages given';
        const empty = options.emptyMessages;
        const provider = getProvider();
        const answer: unknown = await collect(parts(provider.defaultModel, empty)).catch((thrown: unknown) => thrown);
        if (provider instanceof FallbackProvider) {
          // A chain is the fallback: it counts the empty answers as its members' failures.
          const failures = RetryProviderError.isInstance(answer) ? answer.errors : [answer];
          expect(failures.some((failure) => EmptyAnswerError.isInstance(failure)), `a chain must count an empty answer as a failure (got ${String(answer)})`).toBe(true);
          return undefined;
        }
        expect(Array.isArray(answer), `an upstream that answered nothing is no error of its own (got ${String(answer)})`).toBe(true);
        expect((answer as StreamPart[]).filter(isContentPart), 'no content was sent, so none may be streamed').toEqual([]);
        expect((answer as StreamPart[]).at(-1), 'the empty answer still ends with its finish part').toMatchObject({ type: 'finish', reason: 'stop' });
        const chain = new FallbackProvider([provider]);
        const failure: unknown = await collect(chain.createAsyncGenerator(provider.defaultModel, empty, { ...call(), parts: true })).then(() => undefined, (thrown: unknown) => thrown);
        expect(EmptyAnswerError.isInstance(failure), `a fallback chain must count an empty answer as a failure (got ${String(failure)})`).toBe(true);
        return undefined;
      },
    },
    {
      name: 'refuses an image for a model that takes none, with a MediaError naming the model',
      async run() {
        const provider = getProvider();
        const blind = provider.getModels().filter((model) => !provider.visionModels.includes(model));
        if (blind.length === 0) return 'every model takes images';
        for (const model of blind) {
          const error: unknown = await collect(parts(model, ask('What is in this image?'), { media: [[image]] })).then(() => undefined, (thrown: unknown) => thrown);
          expect(MediaError.isInstance(error), `${model} takes no images, yet an image was not refused with MediaError (got ${String(error)})`).toBe(true);
          expect((error as Error).message, 'the MediaError must name the model').toContain(model);
        }
        return undefined;
      },
    },
    {
      name: 'answers about an image with every vision model',
      async run() {
        const provider = getProvider();
        if (provider.visionModels.length === 0) return 'no vision models';
        for (const model of provider.visionModels) {
          const text = textOf(await collect(parts(model, ask('What is in this image?'), { media: [[image]] })));
          expect(text.trim(), `${model} gave no text about the image`).not.toBe('');
          if (options.image?.answerMatches !== undefined) expect(text, `${model}'s answer does not speak of the image`).toMatch(options.image.answerMatches);
        }
        return undefined;
      },
    },
    {
      name: 'draws at least one image part with every image model',
      async run() {
        const provider = getProvider();
        if (provider.imageModels.length === 0) return 'no image models';
        for (const model of provider.imageModels) {
          const images = imagesOf(await collect(parts(model, ask('a red fox in the snow'))));
          expect(images.length, `${model} drew no image part`).toBeGreaterThan(0);
          for (const { url } of images) expect(() => new URL(url), url).not.toThrow();
        }
        return undefined;
      },
    },
  ];
}
