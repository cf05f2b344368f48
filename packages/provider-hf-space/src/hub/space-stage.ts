import type { ProgressPart } from '@g4f/core';

/** The progress stages of a Space that is not running yet. */
export type WakingStage = Extract<ProgressPart['stage'], 'waking' | 'building' | 'starting'>;

/** What a Space's runtime stage means for a call waiting on it. */
export type StageOutcome =
  | { kind: 'running' }
  | { kind: 'waiting'; progress: WakingStage }
  | { kind: 'unavailable'; why: string; retryable: boolean };

const running: StageOutcome = { kind: 'running' };
const waiting = (progress: WakingStage): StageOutcome => ({ kind: 'waiting', progress });
const needsOwner = (why: string): StageOutcome => ({ kind: 'unavailable', why, retryable: false });

// The Hub's stages, as huggingface_hub's SpaceStage lists them, plus SLEEPING, which
// @gradio/client handles. A RUNNING_* Space still serves its old version while the new one builds.
const OUTCOMES: Readonly<Record<string, StageOutcome>> = {
  RUNNING: running,
  RUNNING_BUILDING: running,
  RUNNING_APP_STARTING: running,
  SLEEPING: waiting('waking'),
  // @gradio/client wakes a stopped Space as it does a sleeping one.
  STOPPED: waiting('waking'),
  BUILDING: waiting('building'),
  APP_STARTING: waiting('starting'),
  RUNTIME_ERROR: needsOwner('it failed while running'),
  BUILD_ERROR: needsOwner('its build failed'),
  CONFIG_ERROR: needsOwner('its configuration is invalid'),
  NO_APP_FILE: needsOwner('it has no app file'),
  PAUSED: needsOwner('its owner paused it'),
  DELETING: needsOwner('it is being deleted'),
};

/** What `stage` means: run the call, wait (and show which progress), or give up. */
export function stageOutcome(stage: string): StageOutcome {
  // A stage the Hub added since: not known to need its owner, so a later try may pass.
  return OUTCOMES[stage] ?? { kind: 'unavailable', why: 'the Hub reports a stage this client does not know', retryable: true };
}
