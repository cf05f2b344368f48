import { setTimeout as sleep } from 'node:timers/promises';
import { redactSecrets, SpaceUnavailableError, type ProgressPart } from '@g4f/core';
import { readSpaceRuntime, type HubRequest, type SpaceRuntime } from './read-space-runtime.js';
import { stageOutcome, type WakingStage } from './space-stage.js';

const REASON_LENGTH = 300;

// The end of a Space's error text says most (a traceback ends with the exception), so keep that.
function reasonExcerpt(reason: string): string {
  const line = reason.replace(/\s+/g, ' ').trim();
  return line.length > REASON_LENGTH ? `…${line.slice(-REASON_LENGTH)}` : line;
}

function unavailable(request: HubRequest, runtime: SpaceRuntime, why: string, retryable: boolean): SpaceUnavailableError {
  const { hub, provider } = request;
  const reason = runtime.errorMessage === undefined ? undefined : redactSecrets(runtime.errorMessage);
  const said = reason === undefined ? '' : `: "${reasonExcerpt(reason)}"`;
  const advice = retryable ? 'Try again later, or another provider.' : `Only its owner can fix that (${hub.url}/spaces/${hub.space}); use another provider.`;
  return new SpaceUnavailableError(`the Space ${hub.space} cannot run: ${why} (stage ${runtime.stage}${said}). ${advice}`, runtime.stage, reason, {
    provider,
    retryable,
  });
}

/**
 * Follows a Space that answered 503 on the Hub until it runs, yielding a progress part whenever
 * its stage changes (waking, building, starting); the call's signal bounds the wait. No wake-up
 * request is needed: the request that got the 503 was the visit that starts a sleeping Space, as
 * a browser's is for @gradio/client. Throws SpaceUnavailableError for a Space that cannot run,
 * and `refusal` (the 503) when the Hub says it was running anyway or cannot be read.
 */
export async function* waitUntilRunning(request: HubRequest, refusal: unknown): AsyncGenerator<ProgressPart> {
  let shown: WakingStage | undefined;
  for (;;) {
    let runtime: SpaceRuntime;
    try {
      runtime = await readSpaceRuntime(request);
    } catch (error) {
      // Without the Hub's word (offline, a private Space and no token) the 503 is all we know.
      if (request.signal.aborted) throw error;
      throw refusal;
    }
    const outcome = stageOutcome(runtime.stage);
    if (outcome.kind === 'running') {
      // Running before any wait: the 503 was the Space's own (overloaded), not its sleep.
      if (shown === undefined) throw refusal;
      return;
    }
    if (outcome.kind === 'unavailable') throw unavailable(request, runtime, outcome.why, outcome.retryable);
    if (outcome.progress !== shown) {
      shown = outcome.progress;
      yield { type: 'progress', stage: shown };
    }
    await sleep(request.hub.pollInterval, undefined, { signal: request.signal });
  }
}
