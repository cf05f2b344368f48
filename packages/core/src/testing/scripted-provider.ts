import { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { ProviderFacts } from '../provider/provider-facts.js';
import { ProviderModelMixin } from '../provider/provider-model-mixin.js';
import type { StreamPart } from '../types/stream-part.js';

/**
 * A provider that answers every call with the same parts, for testing code that uses providers:
 * `new ScriptedProvider(['Helo', { type: 'text-replace', text: 'Hello' }, ' there'])` answers as a
 * Space that rewrites its answer midway. Its facts default to a provider named "Scripted" whose
 * one model is "scripted"; give others (a name, models, aliases) as the second argument.
 */
export class ScriptedProvider extends ProviderModelMixin(AsyncGeneratorProvider) {
  constructor(
    /** The parts every call gives, in order (the base adds the finish). */
    readonly script: readonly StreamPart[],
    facts: Partial<ProviderFacts> = {},
  ) {
    super({ name: 'Scripted', label: 'Scripted', url: 'http://127.0.0.1', defaultModel: 'scripted', ...facts });
  }

  protected async *streamParts(): AsyncIterable<StreamPart> {
    yield* this.script;
  }
}
