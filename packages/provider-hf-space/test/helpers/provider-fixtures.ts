import type { LocalSpaceApp } from '@g4f/local-space';
import type { Messages } from '@g4f/core';

/** A provider's stand-in: its local Gradio app, and whether its default model needs an image. */
export interface ProviderFixture {
  app: LocalSpaceApp;
  needsImage?: boolean;
}

/** The local Gradio app that stands in for each provider's Space: a new provider adds its line. */
export const PROVIDER_FIXTURES: Record<string, ProviderFixture> = {
  Qwen_QVQ_72B: { app: 'qvq' },
  Qwen_Qwen_2_72B: { app: 'qwen2-72b' },
  Qwen_Qwen_2_5: { app: 'qwen2-5' },
  Qwen_Qwen_2_5_Max: { app: 'qwen2-5-max' },
  Qwen_Qwen_3: { app: 'qwen3' },
  DeepseekAI_JanusPro7b: { app: 'janus', needsImage: true },
  StabilityAI_SD35Large: { app: 'sd35' },
  BlackForestLabs_Flux1Dev: { app: 'flux' },
};

const image = new URL('../../../../fixtures/images/red-4x3.png', import.meta.url).pathname;

/** A conversation each provider's default model answers; vision-only Spaces get an image. */
export function conformanceMessages(needsImage: boolean): Messages {
  if (!needsImage) return [{ role: 'user', content: 'Hello there' }];
  return [{ role: 'user', content: [{ type: 'text', text: 'Hello there' }, { type: 'image_url', image_url: { url: image } }] }];
}
