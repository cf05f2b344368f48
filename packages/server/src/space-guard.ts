import { randomUUID } from 'node:crypto';
import { errorKind, holdSlot, InvalidRequestError, queueForSlot, SpaceUnavailableError, type CallOptions, type Messages, type Provider, type SharedState, type StreamModeOption, type StreamPart } from '@g4f/core';
import { ProviderCoolingDownError } from './provider-cooling-down-error.js';
import type { ServerOptions } from './server-options.js';
import { secretId } from './shared-state/secret-id.js';

/** The lease of a slot when none is configured: long enough that a live holder refreshes it many times. */
export const DEFAULT_SLOT_LEASE_MS = 30_000;
/** The cooldown after a quota error that named no wait, or a Space the Hub says cannot run. */
const DEFAULT_COOLDOWN_MS = 30_000;

// Quota and rate limits (with their wait), and a Space that cannot run now (paused, failed to
// build): calling again before the wait only spends a request every replica would repeat.
function cooldownMs(error: unknown): number | undefined {
  if (SpaceUnavailableError.isInstance(error)) return DEFAULT_COOLDOWN_MS;
  if (errorKind(error) !== 'quota') return undefined;
  const { retryAfter } = error as { retryAfter?: unknown };
  return typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter * 1000 : DEFAULT_COOLDOWN_MS;
}

/**
 * Holds every call to a Space to the shared state: a provider in cooldown (for the call's token, or
 * for anonymous calls) is refused before any request, a quota error starts its cooldown, and with a
 * cap each call waits for a slot (its place in the queue reported as `progress` parts) and gives it
 * back when it ends, however it ends.
 */
export class SpaceGuard {
  constructor(private readonly state: SharedState, private readonly options: Pick<ServerOptions, 'spaceConcurrency' | 'slotLeaseMs'> = {}) {
    for (const [name, value] of Object.entries({ spaceConcurrency: options.spaceConcurrency, slotLeaseMs: options.slotLeaseMs })) {
      if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) throw new InvalidRequestError(`${name} must be a whole number of at least 1, not ${String(value)}.`);
    }
  }

  /** `provider` held to the guard; a chain's members each held, so the chain moves past one in cooldown. */
  guard(provider: Provider): Provider {
    const chain = provider as Provider & { withProviders?: (providers: Provider[]) => Provider };
    if (provider.providers !== undefined && chain.withProviders !== undefined) return chain.withProviders(provider.providers.map((member) => this.guard(member)));
    const guarded = Object.create(provider) as Provider;
    const calls = (model: string, messages: Messages, options: CallOptions & StreamModeOption = {}): AsyncGenerator<StreamPart> => this.call(provider, model, messages, options);
    Object.defineProperty(guarded, 'createAsyncGenerator', { value: calls });
    return guarded;
  }

  private async *call(provider: Provider, model: string, messages: Messages, options: CallOptions & StreamModeOption): AsyncGenerator<StreamPart> {
    const cooldownKey = `${provider.name}:${options.apiKey === undefined || options.apiKey === '' ? 'anonymous' : secretId(options.apiKey)}`;
    const left = await this.state.cooldownLeft(cooldownKey);
    if (left > 0) throw new ProviderCoolingDownError(provider.name, left / 1000);
    const limit = this.options.spaceConcurrency;
    const slot = { key: provider.name, holder: randomUUID(), limit: limit ?? 0, ttlMs: this.options.slotLeaseMs ?? DEFAULT_SLOT_LEASE_MS };
    let release: (() => Promise<void>) | undefined;
    try {
      if (limit !== undefined) {
        release = () => this.state.releaseSlot(slot.key, slot.holder);
        for await (const place of queueForSlot(this.state, slot, options.signal)) {
          if (options.parts === true) yield { type: 'progress', stage: 'queued', rank: place.rank, queueSize: place.queueSize };
        }
        release = holdSlot(this.state, slot);
      }
      // The Space's cached descriptions live in this server's store too, Redis where given.
      yield* provider.createAsyncGenerator(model, messages, { ...options, sharedState: this.state });
    } catch (error) {
      const ms = cooldownMs(error);
      if (ms !== undefined) await this.state.startCooldown(cooldownKey, ms);
      throw error;
    } finally {
      await release?.();
    }
  }
}
