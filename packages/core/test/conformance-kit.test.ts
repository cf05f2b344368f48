import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { EmptyAnswerError, type Message, type Provider, type StreamPart } from '@g4f/core';
import { conformanceChecks, describeProvider } from '@g4f/core/testing';
import { KitProvider, kitOptions } from './helpers/kit-provider.js';

/** The names of the checks a provider fails, and of those skipped. */
async function verdicts(provider: KitProvider): Promise<{ failed: string[]; skipped: string[] }> {
  // A provider of the Provider shape that is no AsyncGeneratorProvider keeps every promise itself.
  const checks = conformanceChecks(() => provider, kitOptions(() => provider));
  const results = await Promise.all(checks.map(async (check) => ({ name: check.name, outcome: await check.run().then((skip) => skip ?? 'passed', () => 'failed') })));
  return {
    failed: results.filter((result) => result.outcome === 'failed').map((result) => result.name),
    skipped: results.filter((result) => !['passed', 'failed'].includes(result.outcome)).map((result) => result.name),
  };
}

const check = (start: string): string => {
  const found = conformanceChecks(() => new KitProvider()).find((candidate) => candidate.name.startsWith(start));
  if (found === undefined) throw new Error(`no check starts with "${start}"`);
  return found.name;
};

const textOnly = (message: Message): Message =>
  typeof message.content === 'string' ? message : { ...message, content: message.content.filter((part) => part.type === 'text') };

/**
 * The base class refuses images for models that take none; a provider that does not build on it
 * must refuse them itself. This one, a wrapper, hides them from the KitProvider's other models and answers.
 */
function hidingImages(kit: KitProvider): KitProvider {
  const wrapper = Object.create(kit) as KitProvider;
  // Called on the wrapper or a copy of it (the kit's garbled upstream), so `this` is passed on.
  function createAsyncGenerator(this: KitProvider, model: string, messages: readonly Message[], options: Parameters<Provider['createAsyncGenerator']>[2]) {
    return kit.visionModels.includes(model)
      ? kit.createAsyncGenerator.call(this, model, messages, options)
      : kit.createAsyncGenerator.call(this, model, messages.map(textOnly), { ...options, media: undefined });
  }
  return Object.assign(wrapper, { createAsyncGenerator: createAsyncGenerator as Provider['createAsyncGenerator'] });
}

// Each provider breaks one promise of the contract, and exactly that check must fail.
const broken: [string, () => KitProvider][] = [
  [check('states its facts'), () => new KitProvider({ name: 'Kit\n' })],
  [check('has a consistent catalog'), () => new (class extends KitProvider {
    override getModels(): string[] {
      return ['kit-chat'];
    }
  })()],
  [check('rejects an unknown model'), () => new (class extends KitProvider {
    override getModel(name = ''): string {
      return this.getModels().includes(name) ? name : this.defaultModel;
    }
  })()],
  [check('streams its answer'), () => new (class extends KitProvider {
    protected override *ending(): Iterable<StreamPart> {
      yield { type: 'finish', reason: 'stop' };
      yield { type: 'finish', reason: 'stop' };
    }
  })()],
  [check('stops when the caller aborts'), () => new (class extends KitProvider {
    protected override async pause(): Promise<void> {
      await sleep(2);
    }
  })()],
  [check('stops when the caller aborts'), () => new (class extends KitProvider {
    // A connection closed only when the answer ends well leaks on abort.
    protected override closeConnection(): void {}
    protected override *ending(): Iterable<StreamPart> {
      super.closeConnection();
      yield { type: 'finish', reason: 'stop' };
    }
  })()],
  [check('reports an upstream failure'), () => new (class extends KitProvider {
    protected override failure(): Error {
      return new Error('the service failed.');
    }
  })()],
  [check('keeps the text delivered'), () => new (class extends KitProvider {
    protected override brokenStream(): Error {
      return super.brokenStream('');
    }
  })()],
  [check('reports an answer in a shape it cannot read'), () => new (class extends KitProvider {
    protected override unreadable(): Error | undefined {
      return undefined;
    }
  })()],
  [check('gives an answer of nothing'), () => new (class extends KitProvider {
    protected override nothing(): Iterable<StreamPart> {
      throw new EmptyAnswerError('nothing came.', { provider: this.name });
    }
  })()],
  [check('refuses an image for a model that takes none'), () => hidingImages(new KitProvider())],
  [check('answers about an image'), () => new (class extends KitProvider {
    protected override answerText(prompt: string): string {
      return prompt;
    }
  })()],
  [check('draws at least one image part'), () => new (class extends KitProvider {
    protected override *drawing(): Iterable<StreamPart> {
      yield 'a fox';
    }
  })()],
];

describe('the conformance kit', () => {
  it('passes a provider that keeps every promise, skipping nothing', async () => {
    expect(await verdicts(new KitProvider())).toEqual({ failed: [], skipped: [] });
  });

  it.each(broken.map(([name, make], index) => [index, name, make] as const))('#%i fails exactly "%s" for a provider that breaks it', async (_, name, make) => {
    expect((await verdicts(make())).failed).toEqual([name]);
  });

  it('has a broken provider for every check', () => {
    const names = conformanceChecks(() => new KitProvider()).map((candidate) => candidate.name);
    expect(new Set(broken.map(([name]) => name))).toEqual(new Set(names));
  });

  it('skips, with the reason, the scenarios a provider is not given', async () => {
    const provider = new KitProvider();
    const skipped = await Promise.all(conformanceChecks(() => provider).map((candidate) => candidate.run()));
    expect(skipped.filter((reason) => reason !== undefined)).toEqual(['no failingMessages given', 'no breakingMessages given', 'no unreadable upstream given', 'no emptyMessages given']);
  });
});

describe('KitProvider', () => {
  const provider = new KitProvider();
  describeProvider(() => provider, kitOptions(() => provider));
});
