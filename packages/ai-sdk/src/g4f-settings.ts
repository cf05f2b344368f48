import type { CallOptions } from '@g4f/core';

/** Settings of `createG4F`: what every call of its models shares. */
export interface G4FSettings extends Pick<CallOptions, 'proxy' | 'timeout' | 'idleTimeout'> {
  /** A Hugging Face token for the Spaces (more ZeroGPU quota, private Spaces). Default: `process.env.HF_TOKEN`, read at each call. */
  apiKey?: string | undefined;
  /**
   * Where particular Space providers answer, by provider name: a duplicated or local Space
   * (`{ Qwen_QVQ_72B: 'http://127.0.0.1:7860' }`, the map of `g4f serve --space NAME=URL`).
   * Every other provider answers at its own Space. Default: none.
   */
  baseUrls?: Readonly<Record<string, string>> | undefined;
}
