import { describe, expect, it } from 'vitest';
import { detectImageType, getProvider, InvalidRequestError, listModels, QuotaExceededError, RetryProviderError, type Messages, type StreamPart } from '@g4f/core';
import {
  BlackForestLabs_Flux1Dev,
  DeepseekAI_JanusPro7b,
  HuggingSpace,
  Qwen_QVQ_72B,
  Qwen_Qwen_2_5,
  Qwen_Qwen_2_5_Max,
  Qwen_Qwen_2_72B,
  Qwen_Qwen_3,
  StabilityAI_SD35Large,
  GradioSpaceProvider,
} from '@g4f/provider-hf-space';
import type { LocalSpaceApp } from '@g4f/local-space';
import { localSpaceUrl } from '@g4f/local-space/testing';
import { conversation, redImage as image } from './helpers/test-inputs.js';


async function partsOf(stream: AsyncIterable<StreamPart>): Promise<StreamPart[]> {
  const parts: StreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

const textOf = (parts: StreamPart[]) => parts.filter((part) => typeof part === 'string').join('');
const reasoningOf = (parts: StreamPart[]) =>
  parts.flatMap((part) => (typeof part === 'object' && part.type === 'reasoning-delta' ? [part.text] : [])).join('');
const imagesOf = (parts: StreamPart[]) => parts.flatMap((part) => (typeof part === 'object' && part.type === 'image' ? [part] : []));

const urls = Object.fromEntries(
  (['qwen2-72b', 'qwen2-5', 'qwen2-5-max', 'qwen3', 'janus', 'sd35', 'flux', 'qvq'] as LocalSpaceApp[]).map((app) => [app, localSpaceUrl(app)]),
) as Record<LocalSpaceApp, string | undefined>;
const local = (provider: GradioSpaceProvider, app: LocalSpaceApp) => provider.withSettings({ baseUrl: urls[app] ?? '' });

describe.skipIf(Object.values(urls).includes(undefined))('Space providers against real local Gradio apps', () => {
  it('Qwen_Qwen_2_72B speaks to a Gradio 4 Space without API prefix, system prompt apart', async () => {
    expect(await local(Qwen_Qwen_2_72B, 'qwen2-72b').createCompletion('qwen-2-72b', conversation)).toBe(
      'Be brief. | User: Hi\nAssistant: Hello!\nUser: Name a colour\nAssistant:',
    );
  });

  it('Qwen_Qwen_2_5 sends its model size and a default system prompt on Gradio 4', async () => {
    expect(await local(Qwen_Qwen_2_5, 'qwen2-5').createCompletion('qwen-2.5', [{ role: 'user', content: 'Hi' }])).toBe(
      'You are Qwen, created by Alibaba Cloud. You are a helpful assistant. (72B) | Hi',
    );
  });

  it('Qwen_Qwen_2_5_Max streams the last chat reply as deltas on Gradio 5', async () => {
    const chunks: string[] = [];
    for await (const chunk of local(Qwen_Qwen_2_5_Max, 'qwen2-5-max').createAsyncGenerator('qwen-2-5-max', [{ role: 'user', content: 'one two three' }])) chunks.push(chunk);
    expect(chunks.join('')).toBe('You are a helpful assistant. | one two three');
    expect(chunks.length).toBeGreaterThan(3);
  });

  it('Qwen_Qwen_3 streams its thinking as reasoning parts, apart from the answer of the chosen model', async () => {
    const parts = await partsOf(local(Qwen_Qwen_3, 'qwen3').createAsyncGenerator('qwen3-8b', [{ role: 'user', content: 'Why is the sky blue?' }], { parts: true }));
    expect(reasoningOf(parts)).toBe('Thinking about: Why is the sky blue?');
    expect(textOf(parts)).toBe('[qwen3-8b] Why is the sky blue?');
    const firstText = parts.findIndex((part) => typeof part === 'string');
    const lastReasoning = parts.findLastIndex((part) => typeof part === 'object' && part.type === 'reasoning-delta');
    expect(lastReasoning).toBeLessThan(firstText);
  });

  it('DeepseekAI_JanusPro7b looks at an image with janus-pro-7b', async () => {
    expect(await local(DeepseekAI_JanusPro7b, 'janus').createCompletion('janus-pro-7b', [{ role: 'user', content: 'What is it?' }], { media: [[image]] })).toBe(
      'The image is a PNG of 4x3 pixels. What is it?',
    );
  });

  it('DeepseekAI_JanusPro7b draws with janus-pro-7b-image: image parts that download through the provider', async () => {
    const provider = local(DeepseekAI_JanusPro7b, 'janus');
    const parts = await partsOf(provider.createAsyncGenerator('janus-pro-7b-image', [{ role: 'user', content: 'a red fox' }], { parts: true }));
    const images = imagesOf(parts);
    // The real Space draws five at once.
    expect(images).toHaveLength(5);
    expect(images[0]).toMatchObject({ type: 'image', mediaType: 'image/png', alt: 'a red fox' });
    expect(new URL(images[0]?.url ?? '').origin).toBe(new URL(urls.janus ?? '').origin);
    const bytes = await provider.fetchFile(images[0]?.url ?? '');
    expect(await detectImageType(bytes)).toBe('image/png');
    expect(textOf(parts)).toBe('');
  });

  it.each([
    ['StabilityAI_SD35Large on the call route', StabilityAI_SD35Large, 'sd35', 'sd-3.5', 0],
    // Three previews, then the result, once: the Space shows it while it works too.
    ['BlackForestLabs_Flux1Dev on the queue, after its previews', BlackForestLabs_Flux1Dev, 'flux', 'flux', 3],
  ] as const)('%s gives one image of the asked size', async (_, provider, app, model, previewCount) => {
    const space = local(provider, app);
    const providerOptions = { [provider.name]: { width: 64, height: 48 } };
    const parts = await partsOf(space.createAsyncGenerator(model, [{ role: 'user', content: 'a lighthouse' }], { parts: true, seed: 7, providerOptions }));
    const images = imagesOf(parts);
    const previews = images.filter((part) => part.preview === true);
    expect(previews).toHaveLength(previewCount);
    expect(new Set(previews.map((part) => part.url)).size).toBe(previewCount);
    // The final image comes last, after every preview.
    expect(images.slice(0, previewCount)).toEqual(previews);
    expect(images.slice(previewCount)).toEqual([expect.not.objectContaining({ preview: true })]);
    const bytes = await space.fetchFile(images[previewCount]?.url ?? '');
    // A PNG's width and height are the 4-byte big-endian numbers at offsets 16 and 20.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([64, 48]);
  });

  it('an image model draws what the user said since the last answer, as g4f does, unless providerOptions gives a prompt', async () => {
    const space = local(StabilityAI_SD35Large, 'sd35');
    // The local Space names each image after the prompt's byte sum, so the URL tells what it drew.
    const shade = (prompt: string) => [...Buffer.from(prompt)].reduce((sum, byte) => sum + byte, 0) % 256;
    const drawn = async (messages: Messages, options: { providerOptions?: Record<string, Record<string, unknown>> } = {}) =>
      imagesOf(await partsOf(space.createAsyncGenerator('sd-3.5', messages, { parts: true, ...options })))[0];
    const conversationToDraw: Messages = [
      { role: 'system', content: 'You draw.' },
      { role: 'user', content: 'Hi' },
      { role: 'assistant', content: 'Hello' },
      { role: 'user', content: 'a red cat' },
    ];
    expect(await drawn(conversationToDraw)).toMatchObject({ alt: 'a red cat', url: expect.stringContaining(`img-${shade('a red cat')}-`) as string });
    const twoAsks: Messages = [...conversationToDraw, { role: 'user', content: 'on a sofa' }];
    expect(await drawn(twoAsks)).toMatchObject({ alt: 'a red cat\non a sofa', url: expect.stringContaining(`img-${shade('a red cat\non a sofa')}-`) as string });
    expect(await drawn(conversationToDraw, { providerOptions: { StabilityAI_SD35Large: { prompt: 'a blue dog' } } })).toMatchObject({ alt: 'a blue dog', url: expect.stringContaining(`img-${shade('a blue dog')}-`) as string });
  });

  it('refuses a Space setting it does not know, or a bad value, naming the key and what is allowed', async () => {
    const draw = (settings: Record<string, unknown>) =>
      local(BlackForestLabs_Flux1Dev, 'flux').createCompletion('flux', [{ role: 'user', content: 'a fox' }], { providerOptions: { BlackForestLabs_Flux1Dev: settings } });
    await expect(draw({ widht: 512 })).rejects.toThrow(InvalidRequestError);
    await expect(draw({ widht: 512 })).rejects.toThrow('providerOptions.BlackForestLabs_Flux1Dev has no option "widht"; it takes: protocol, prompt, aspectRatio, width, height, guidanceScale, steps.');
    await expect(draw({ width: 5000 })).rejects.toThrow(/providerOptions\.BlackForestLabs_Flux1Dev "width" is wrong: .*2048/);
  });

  it('an image model\'s completion is its image as Markdown, as g4f gives it', async () => {
    const text = await local(BlackForestLabs_Flux1Dev, 'flux').createCompletion('flux', [{ role: 'user', content: 'a boat' }]);
    expect(text).toMatch(/^\n!\[a boat\]\(http:\/\/127\.0\.0\.1:\d+\/gradio_api\/file=\S+\.png\)\n$/);
  });

  it('finds an endpoint at its real fn_index when the Space renamed it, and refuses one that moved', async () => {
    const renamed = (fnIndex: number) =>
      new GradioSpaceProvider({ ...Qwen_Qwen_2_5.definition, endpoint: { ...Qwen_Qwen_2_5.definition.endpoint, apiName: 'chat', fnIndex } }).withSettings({ baseUrl: urls['qwen2-5'] ?? '' });
    expect(await renamed(3).createCompletion('qwen-2.5', [{ role: 'user', content: 'Hi' }])).toBe('You are Qwen, created by Alibaba Cloud. You are a helpful assistant. (72B) | Hi');
    await expect(renamed(2).createCompletion('qwen-2.5', [{ role: 'user', content: 'Hi' }])).rejects.toThrow(
      'has no endpoint "chat" nor a handler at fn_index 2 taking 4 inputs (its named endpoints: clear_session (fn_index 0, 0 inputs), clear_session_1 (fn_index 1, 0 inputs), modify_system_session (fn_index 2, 1 inputs), model_chat (fn_index 3, 4 inputs))',
    );
  });

  it.each([
    ['StabilityAI_SD35Large at the FLUX Space (REST call route)', StabilityAI_SD35Large, 'flux', 'sd-3.5', 8],
    ['BlackForestLabs_Flux1Dev at the SD 3.5 Space (queue)', BlackForestLabs_Flux1Dev, 'sd35', 'flux', 7],
  ] as const)('refuses %s, whose endpoint has the same name but other inputs, before sending', async (_, provider, app, model, inputs) => {
    const drawing = local(provider, app).createCompletion(model, [{ role: 'user', content: 'a cat' }]);
    await expect(drawing).rejects.toThrow(`has no endpoint "infer"`);
    await expect(drawing).rejects.toThrow(`taking ${inputs} inputs`);
    await expect(drawing).rejects.toThrow('the base URL points at another Space');
  });

  it('says that a base URL may point at another Space when the endpoint is missing there', async () => {
    const error = await Qwen_Qwen_2_5_Max.withSettings({ baseUrl: urls.qvq ?? '' }).createCompletion('', [{ role: 'user', content: 'Hi' }]).catch((e: unknown) => e);
    expect((error as Error).message).toBe(
      `Qwen_Qwen_2_5_Max: the Space at ${urls.qvq ?? ''} has no endpoint "model_chat" nor a handler at fn_index 0 taking 3 inputs (its named endpoints: generate (fn_index 0, 2 inputs), stats (fn_index 1, 0 inputs)): the base URL points at another Space, or the Space changed and the provider needs an update.`,
    );
  });

  it('an image Space reports the GPU quota error typed, like the text Spaces', async () => {
    await expect(local(BlackForestLabs_Flux1Dev, 'flux').createCompletion('', [{ role: 'user', content: 'trigger:quota' }])).rejects.toBeInstanceOf(QuotaExceededError);
  });
});

describe.skipIf(Object.values(urls).includes(undefined))('HuggingSpace', () => {
  const spaces = () =>
    HuggingSpace.withProviders([
      local(Qwen_QVQ_72B, 'qvq'),
      local(Qwen_Qwen_2_72B, 'qwen2-72b'),
      local(Qwen_Qwen_2_5, 'qwen2-5'),
      local(Qwen_Qwen_2_5_Max, 'qwen2-5-max'),
      local(Qwen_Qwen_3, 'qwen3'),
      local(BlackForestLabs_Flux1Dev, 'flux'),
      local(StabilityAI_SD35Large, 'sd35'),
      local(DeepseekAI_JanusPro7b, 'janus'),
    ]);

  it('serves the union of the Spaces\' models, with g4f\'s defaults', () => {
    const hub = spaces();
    expect(hub.name).toBe('HuggingSpace');
    expect(hub.getModels()).toEqual(expect.arrayContaining(['qwen-qvq-72b-preview', 'qwen3-8b', 'janus-pro-7b-image', 'flux-dev', 'stable-diffusion-3.5-large']));
    expect(hub.defaultModel).toBe('qwen-qwen2-72b-instruct');
    expect(hub.getModel('sd-3.5')).toBe('stable-diffusion-3.5-large');
    expect(hub.getModel('black-forest-labs-flux-1-dev')).toBe('flux-dev');
  });

  it('gives a Space\'s GPU quota error typed, with the time to wait, not wrapped', async () => {
    const error = await spaces().createCompletion('', [{ role: 'user', content: 'trigger:quota' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ provider: 'Qwen_Qwen_2_72B', retryAfter: 83 });
  });

  it('answers an empty model name from the default chat model', async () => {
    const parts = await partsOf(spaces().createAsyncGenerator('', [{ role: 'user', content: 'Hi' }], { parts: true }));
    expect(parts[0]).toMatchObject({ type: 'provider-info', provider: 'Qwen_Qwen_2_72B' });
  });

  it('answers an image with an empty model name from the default vision model', async () => {
    const parts = await partsOf(spaces().createAsyncGenerator('', [{ role: 'user', content: 'What is it?' }], { media: [[image]], parts: true }));
    expect(parts[0]).toMatchObject({ type: 'provider-info', provider: 'Qwen_QVQ_72B' });
    expect(textOf(parts)).toBe('The image is a PNG of 4x3 pixels. What is it?');
  });

  it('falls back to the next Space that serves the model, and lists every failure when all fail', async () => {
    const broken = Qwen_QVQ_72B.withSettings({ baseUrl: 'http://127.0.0.1:9', retry: { retries: 0 } });
    const hub = HuggingSpace.withProviders([broken, local(Qwen_QVQ_72B, 'qvq')]);
    expect(await hub.createCompletion('qvq-72b', [{ role: 'user', content: 'Hi' }])).toBe('Hi');
    const error = await HuggingSpace.withProviders([broken, broken.withSettings({ baseUrl: 'http://127.0.0.1:10' })])
      .createCompletion('qvq-72b', [{ role: 'user', content: 'Hi' }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RetryProviderError);
    expect((error as Error).message).toMatch(/All 2 providers failed:\n {2}Qwen_QVQ_72B: ConnectionError: .*127\.0\.0\.1:9 .*\n {2}Qwen_QVQ_72B: ConnectionError: .*127\.0\.0\.1:10 /);
  });
});

describe('the registry with every Space provider', () => {
  it('finds each by model, alias or g4f\'s own id, and HuggingSpace by name', () => {
    expect(getProvider('stabilityai-stable-diffusion-3-5-large').name).toBe('StabilityAI_SD35Large');
    expect(getProvider('black-forest-labs-flux-1-dev').name).toBe('BlackForestLabs_Flux1Dev');
    expect(getProvider('Qwen_QVQ_72B').name).toBe('Qwen_QVQ_72B');
    expect(getProvider(' QVQ-72B').name).toBe('Qwen_QVQ_72B');
    expect(getProvider('HuggingSpace')).toBe(HuggingSpace);
    expect(getProvider('qwen-2-72b').name).toBe('Qwen_Qwen_2_72B');
    expect(getProvider('qwen-2.5').name).toBe('Qwen_Qwen_2_5');
    expect(getProvider('qwen-2-5-max').name).toBe('Qwen_Qwen_2_5_Max');
    expect(getProvider('qwen3-14b').name).toBe('Qwen_Qwen_3');
    expect(getProvider('janus-pro-7b-image').name).toBe('DeepseekAI_JanusPro7b');
    expect(getProvider('sd-3.5').name).toBe('StabilityAI_SD35Large');
    expect(getProvider('flux-dev').name).toBe('BlackForestLabs_Flux1Dev');
    expect(getProvider('flux-schnell').name).toBe('Voodoohop_Flux1Schnell');
  });

  it('lists what each model takes and gives', () => {
    const listing = (model: string) => listModels().find((entry) => entry.model === model);
    expect(listing('qwen-qvq-72b-preview')).toMatchObject({ takes: ['text', 'image'], gives: ['text'] });
    expect(listing('qwen3-235b-a22b')).toMatchObject({ takes: ['text'], gives: ['text', 'reasoning'], aliases: ['qwen-3', 'qwen-3-235b'] });
    expect(listing('janus-pro-7b-image')).toMatchObject({ takes: ['text'], gives: ['image'], providers: ['DeepseekAI_JanusPro7b'] });
    expect(listing('flux-dev')).toMatchObject({ takes: ['text'], gives: ['image'], aliases: ['flux', 'flux-1-dev', 'black-forest-labs-flux-1-dev'] });
  });
});
