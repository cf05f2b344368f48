import type { Messages, Provider } from '@g4f/core';
import type { ConformanceOptions } from '@g4f/core/testing';
import { redImage as image } from './test-inputs.js';

/** How a provider's default model answers, where it is not a chat model that streams text. */
export interface ProviderTraits {
  /** The default model needs an image to answer (Janus looks, it does not chat). Default: false. */
  needsImage?: boolean;
  /** The default model streams text, so an answer can break off midway. Default: true. */
  streamsText?: boolean;
}

/** The providers whose default model is no streaming chat model; the local app of each is named in @g4f/local-space. */
export const PROVIDER_TRAITS: Record<string, ProviderTraits> = {
  DeepseekAI_JanusPro7b: { needsImage: true, streamsText: false },
  StabilityAI_SD35Large: { streamsText: false },
  BlackForestLabs_Flux1Dev: { streamsText: false },
  Voodoohop_Flux1Schnell: { streamsText: false },
  // The answer comes whole, after the thinking status.
  Qwen_Qwen_2_5M: { streamsText: false },
};


function conversation(text: string, needsImage: boolean): Messages {
  if (!needsImage) return [{ role: 'user', content: text }];
  return [{ role: 'user', content: [{ type: 'text', text }, { type: 'image_url', image_url: { url: image } }] }];
}

/**
 * The conformance scenarios a local Space can play: its trigger words make it fail, or answer
 * nothing, as real Spaces do; `unreadable` is the provider behind a proxy that changes the shape
 * of the Space's outputs.
 */
export function conformanceScenarios(traits: ProviderTraits, openConnections: () => number, unreadable?: () => Provider): ConformanceOptions {
  const needsImage = traits.needsImage ?? false;
  return {
    messages: conversation('Hello there', needsImage),
    longMessages: conversation(`trigger:slow ${'word '.repeat(20)}`, needsImage),
    failingMessages: conversation('trigger:quota', needsImage),
    emptyMessages: conversation('trigger:empty', needsImage),
    ...(unreadable === undefined ? {} : { unreadable }),
    ...(traits.streamsText ?? true ? { breakingMessages: conversation('trigger:fail-midway one two three four five', needsImage) } : {}),
    image: { media: image, answerMatches: /The image is a PNG of 4x3 pixels/ },
    openConnections,
  };
}
