import type { ProgressPart } from '@g4f/core';
import type { GradioEdit } from './apply-diff.js';
import type { SpaceErrorReport } from './space-errors.js';

/** What either Gradio protocol reports, in one shape. */
export type ProtocolEvent =
  /** Queue position or start of processing. */
  | { kind: 'progress'; part: ProgressPart }
  /** The outputs so far, whole. */
  | { kind: 'outputs'; outputs: unknown[] }
  /** The outputs so far, after applying `edits` (one list per output). */
  | { kind: 'edits'; outputs: unknown[]; edits: GradioEdit[][] }
  /** The final outputs. */
  | { kind: 'complete'; outputs: unknown[] }
  /** The Space failed. */
  | { kind: 'error'; report: SpaceErrorReport };
