import type { LocalSpaceApp } from '@g4f/local-space';
import type { Messages } from '@g4f/core';
import type { ConformanceOptions } from '@g4f/core/testing';

/** A provider's stand-in: its local Gradio app, and how its default model answers. */
export interface ProviderFixture {
  app: LocalSpaceApp;
  /** The default model needs an image to answer (Janus looks, it does not chat). */
  needsImage?: boolean;
  /** The default model streams text, so an answer can break off midway. */
  streamsText?: boolean;
}

/** The local Gradio app that stands in for each provider's Space: a new provider adds its line. */
export const PROVIDER_FIXTURES: Record<string, ProviderFixture> = {
  Qwen_QVQ_72B: { app: 'qvq', streamsText: true },
  Qwen_Qwen_2_72B: { app: 'qwen2-72b', streamsText: true },
  Qwen_Qwen_2_5: { app: 'qwen2-5', streamsText: true },
  Qwen_Qwen_2_5_Max: { app: 'qwen2-5-max', streamsText: true },
  Qwen_Qwen_3: { app: 'qwen3', streamsText: true },
  DeepseekAI_JanusPro7b: { app: 'janus', needsImage: true },
  StabilityAI_SD35Large: { app: 'sd35' },
  BlackForestLabs_Flux1Dev: { app: 'flux' },
};

/** The image every vision model is asked about, and what the local Spaces say of it. */
export const image = new URL('../../../../fixtures/images/red-4x3.png', import.meta.url).pathname;

function conversation(text: string, needsImage: boolean): Messages {
  if (!needsImage) return [{ role: 'user', content: text }];
  return [{ role: 'user', content: [{ type: 'text', text }, { type: 'image_url', image_url: { url: image } }] }];
}

/** The conformance scenarios a local Space can play: its trigger words make it fail as real Spaces do. */
export function conformanceScenarios(fixture: Omit<ProviderFixture, 'app'>, openConnections: () => number): ConformanceOptions {
  const needsImage = fixture.needsImage ?? false;
  return {
    messages: conversation('Hello there', needsImage),
    longMessages: conversation(`trigger:slow ${'word '.repeat(20)}`, needsImage),
    failingMessages: conversation('trigger:quota', needsImage),
    ...(fixture.streamsText === true ? { breakingMessages: conversation('trigger:fail-midway one two three four five', needsImage) } : {}),
    image: { media: image, answerMatches: /The image is a PNG of 4x3 pixels/ },
    openConnections,
  };
}
