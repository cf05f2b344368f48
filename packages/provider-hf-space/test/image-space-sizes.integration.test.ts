import { describe, expect, it } from 'vitest';
import type { StreamPart } from '@g4f/core';
import { StabilityAI_SD35Large, Voodoohop_Flux1Schnell, BlackForestLabs_Flux1Dev, type GradioSpaceProvider } from '@g4f/provider-hf-space';
import { localSpaceUrlFor } from '@g4f/local-space/testing';

// The local image Spaces name each file after the size and steps they were asked for: "img-<shade>-64x48-50steps-<n>.png".
async function asked(provider: GradioSpaceProvider, model: string, settings: Record<string, unknown> = {}): Promise<string> {
  const space = provider.withSettings({ baseUrl: localSpaceUrlFor(provider.name) ?? '' });
  const parts: StreamPart[] = [];
  for await (const part of space.createAsyncGenerator(model, [{ role: 'user', content: 'a lighthouse' }], { parts: true, providerOptions: { [provider.name]: settings } })) parts.push(part);
  const image = parts.find((part) => typeof part === 'object' && part.type === 'image' && part.preview !== true);
  const url = typeof image === 'object' && image.type === 'image' ? image.url : '';
  return /-(\d+x\d+-\d+steps)-/.exec(url)?.[1] ?? `no size in ${url}`;
}

const running = [StabilityAI_SD35Large, Voodoohop_Flux1Schnell, BlackForestLabs_Flux1Dev].every((provider) => localSpaceUrlFor(provider.name) !== undefined);

describe.skipIf(!running)("the image Spaces' sizes and steps, as g4f asks for them", () => {
  it('SD 3.5 draws 1024x1024 in 50 steps by default, and sizes an aspect ratio as g4f does', async () => {
    expect(await asked(StabilityAI_SD35Large, 'sd-3.5')).toBe('1024x1024-50steps');
    expect(await asked(StabilityAI_SD35Large, 'stabilityai-stable-diffusion-3-5-large', { aspectRatio: '16:9' })).toBe('832x480-50steps');
    expect(await asked(StabilityAI_SD35Large, 'sd-3.5', { aspectRatio: '9:16', steps: 30 })).toBe('480x832-30steps');
  });

  it('FLUX.1-schnell draws 768x768 in 2 steps by default, its sides rounded down to a multiple of 8 and at least 32', async () => {
    expect(await asked(Voodoohop_Flux1Schnell, 'flux-schnell')).toBe('768x768-2steps');
    expect(await asked(Voodoohop_Flux1Schnell, 'flux-schnell', { width: 70, height: 45, steps: 4 })).toBe('64x40-4steps');
    expect(await asked(Voodoohop_Flux1Schnell, 'voodoohop-flux-1-schnell', { width: 20, height: 1001 })).toBe('32x1000-2steps');
    expect(await asked(Voodoohop_Flux1Schnell, 'flux-schnell', { aspectRatio: '16:9' })).toBe('832x480-2steps');
  });

  it('FLUX.1-dev draws 1024x1024 in 28 steps by default', async () => {
    expect(await asked(BlackForestLabs_Flux1Dev, 'flux-dev')).toBe('1024x1024-28steps');
  });
});
