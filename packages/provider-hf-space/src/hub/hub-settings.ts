import type { SpaceSettings } from '../space-settings.js';

/** The Hugging Face Hub, whose API tells a Space's runtime stage. */
export const DEFAULT_HUB_URL = 'https://huggingface.co';
const DEFAULT_POLL_INTERVAL_MS = 2000;

/** Where and how often to read one Space's stage while it wakes. */
export interface HubSettings {
  /** The Hub's root URL, without a trailing slash. */
  url: string;
  /** The Space's id on the Hub: "Qwen/QVQ-72B-preview". */
  space: string;
  /** Milliseconds between two reads of the stage. */
  pollInterval: number;
}

/**
 * The Hub to follow a Space on, or undefined for none. A Space at another address (a local one, a
 * duplicate) is not the Space the definition names: its stage is asked only where `hubUrl` is set.
 */
export function hubFor(space: string | undefined, settings: SpaceSettings, atOwnUrl: boolean): HubSettings | undefined {
  const url = settings.hubUrl ?? (atOwnUrl ? DEFAULT_HUB_URL : undefined);
  if (space === undefined || url === undefined) return undefined;
  return { url: url.replace(/\/+$/, ''), space, pollInterval: settings.hubPollInterval ?? DEFAULT_POLL_INTERVAL_MS };
}
