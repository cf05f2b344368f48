import { describe, expect, it } from 'vitest';
import { MediaError, type CallOptions, type Messages } from '@g4f/core';
import {
  BlackForestLabs_Flux1Dev,
  CohereForAI_C4AI_Command,
  DeepseekAI_JanusPro7b,
  Microsoft_Phi_4_Multimodal,
  Qwen_QVQ_72B,
  Qwen_Qwen_2_5,
  Qwen_Qwen_2_5_Max,
  Qwen_Qwen_2_72B,
  Qwen_Qwen_2_5M,
  Qwen_Qwen_3,
  StabilityAI_SD35Large,
  type ChatUiProvider,
  Voodoohop_Flux1Schnell,
  type GradioSpaceProvider,
} from '@g4f/provider-hf-space';
import { g4fWitnessPython, localSpaceUrlFor } from '@g4f/local-space/testing';
import { callG4F, readAnswer, type G4FCall, type G4FOutcome, type WitnessAnswer } from './helpers/g4f-witness.js';
import { conversation, redImage as image, toneWav } from './helpers/test-inputs.js';

/*
 * g4f's providers were written against the live Spaces, so they are the best record of what the
 * real Spaces send. Each runs here unchanged (only its URL and the ZeroGPU token fetch differ)
 * against the stand-in of its Space: if a stand-in drifts from the real Space's API, g4f fails
 * here. Then ours runs on the same stand-in and must give the same answer.
 */

const ask = (content: string): Messages => [{ role: 'user', content }];

interface WitnessCase {
  provider: GradioSpaceProvider | ChatUiProvider;
  model: string;
  messages: Messages;
  media?: string[];
  g4fKwargs?: Record<string, unknown>;
  options?: CallOptions;
}

const python = g4fWitnessPython();
const baseUrl = (provider: GradioSpaceProvider | ChatUiProvider) => localSpaceUrlFor(provider.name);

async function bothAnswers({ provider, model, messages, media = [], g4fKwargs, options }: WitnessCase): Promise<{ g4f: WitnessAnswer; ours: WitnessAnswer }> {
  const url = baseUrl(provider) ?? '';
  const call: G4FCall = { provider: provider.name, url, model, messages, media, ...(g4fKwargs === undefined ? {} : { kwargs: g4fKwargs }) };
  const [g4f, ours] = await Promise.all([
    callG4F(python ?? '', call),
    readAnswer(provider.withSettings({ baseUrl: url }).createAsyncGenerator(model, messages, { parts: true, media: media.map((path) => [path]), ...options })),
  ]);
  return { g4f: answered(g4f, provider.name), ours };
}

function answered(outcome: G4FOutcome, provider: string): WitnessAnswer {
  if ('error' in outcome) throw new Error(`g4f's ${provider} failed against its stand-in: ${outcome.error.type}: ${outcome.error.message}`);
  return outcome;
}

const size = { width: 64, height: 48 };
const spacesRunning = [Qwen_QVQ_72B, Qwen_Qwen_2_72B, Qwen_Qwen_2_5, Qwen_Qwen_2_5_Max, Qwen_Qwen_3, DeepseekAI_JanusPro7b, StabilityAI_SD35Large, BlackForestLabs_Flux1Dev, Qwen_Qwen_2_5M, Voodoohop_Flux1Schnell, Microsoft_Phi_4_Multimodal, CohereForAI_C4AI_Command].every(
  (provider) => baseUrl(provider) !== undefined,
);

describe.skipIf(python === undefined || !spacesRunning)("g4f 0.5.3.0's own providers as witnesses of the stand-ins", () => {
  it.concurrent.each([
    ['Qwen_QVQ_72B looking at an image (REST call route)', { provider: Qwen_QVQ_72B, model: 'qvq-72b', messages: ask('What is in it?'), media: [image] }],
    ['Qwen_QVQ_72B on a conversation', { provider: Qwen_QVQ_72B, model: 'qvq-72b', messages: conversation }],
    ['Qwen_Qwen_2_72B (Gradio 4, fn_index 0)', { provider: Qwen_Qwen_2_72B, model: 'qwen-2-72b', messages: conversation }],
    ['Qwen_Qwen_2_5 (Gradio 4, fn_index 3, dict replies)', { provider: Qwen_Qwen_2_5, model: 'qwen-2.5', messages: conversation }],
    ['Qwen_Qwen_2_5_Max (fn_index 0)', { provider: Qwen_Qwen_2_5_Max, model: 'qwen-2.5-max', messages: conversation }],
    ['CohereForAI_C4AI_Command (chat-ui, not Gradio; the system prompt as its preprompt)', { provider: CohereForAI_C4AI_Command, model: 'command-r', messages: conversation }],
    ['DeepseekAI_JanusPro7b looking at an image (fn_index 2)', { provider: DeepseekAI_JanusPro7b, model: 'janus-pro-7b', messages: ask('What is it?'), media: [image] }],
  ] as [string, WitnessCase][])('%s: g4f answers, and ours gives the same text', async (_, witnessCase) => {
    const { g4f, ours } = await bothAnswers(witnessCase);
    expect(g4f.text).not.toBe('');
    expect(ours.text).toBe(g4f.text);
  });

  it.concurrent('Qwen_Qwen_3 (fn_index 13, typed parts in a gr.update): the same thinking and answer, g4f misfiling one piece', async () => {
    const { g4f, ours } = await bothAnswers({ provider: Qwen_Qwen_3, model: 'qwen3-8b', messages: ask('Why is the sky blue?') });
    expect(ours).toMatchObject({ reasoning: 'Thinking about: Why is the sky blue?', text: '[qwen3-8b] Why is the sky blue?' });
    // g4f yields the first piece of a text part as reasoning; everything else matches.
    expect(g4f.reasoning + g4f.text).toBe(ours.reasoning + ours.text);
    expect(ours.text.endsWith(g4f.text) && g4f.text !== '').toBe(true);
    expect(ours.statuses[0]).toBe(g4f.statuses[0]);
    expect(ours.statuses.at(-1)).toMatch(/^End of Thought \(\d+\.\ds\)$/);
    expect(g4f.statuses.at(-1)).toMatch(/^End of Thought \(\d+\.\ds\)$/);
  });

  it.concurrent('DeepseekAI_JanusPro7b draws five images (fn_index 3): the same files', async () => {
    const { g4f, ours } = await bothAnswers({ provider: DeepseekAI_JanusPro7b, model: 'janus-pro-7b-image', messages: ask('a red fox') });
    expect(g4f.images).toHaveLength(5);
    expect(ours.images).toEqual(g4f.images);
  });

  it.concurrent('DeepseekAI_JanusPro7b without an image: the Space fails as g4f knows it, and ours refuses before sending', async () => {
    const url = baseUrl(DeepseekAI_JanusPro7b) ?? '';
    const g4f = await callG4F(python ?? '', { provider: 'DeepseekAI_JanusPro7b', url, model: 'janus-pro-7b', messages: ask('What is it?') });
    expect(g4f).toEqual({ error: { type: 'ResponseError', message: 'Missing images input' } });
    const ours = DeepseekAI_JanusPro7b.withSettings({ baseUrl: url }).createCompletion('janus-pro-7b', ask('What is it?'));
    await expect(ours).rejects.toThrow(MediaError);
    await expect(ours).rejects.toThrow('model janus-pro-7b looks at an image and cannot answer without one');
  });

  it.concurrent('StabilityAI_SD35Large (REST call route): the same image', async () => {
    const { g4f, ours } = await bothAnswers({ provider: StabilityAI_SD35Large, model: 'sd-3.5', messages: ask('a lighthouse'), g4fKwargs: size, options: { providerOptions: { StabilityAI_SD35Large: size } } });
    expect(g4f.images).toHaveLength(1);
    expect(ours.images).toEqual(g4f.images);
  });

  it.concurrent('BlackForestLabs_Flux1Dev (fn_index 2): the previews g4f sees, then the same final image', async () => {
    const { g4f, ours } = await bothAnswers({ provider: BlackForestLabs_Flux1Dev, model: 'flux', messages: ask('a boat'), g4fKwargs: size, options: { providerOptions: { BlackForestLabs_Flux1Dev: size } } });
    expect(g4f.previews.length).toBeGreaterThan(1);
    expect(g4f.images).toHaveLength(1);
    expect(ours.images).toEqual(g4f.images);
    // g4f reads previews from edits only, so it misses the first, which arrives whole; and it
    // shows the result as a preview too, where ours gives it once, as the final image.
    expect([...ours.previews.slice(1), ...ours.images]).toEqual(g4f.previews);
  });

  it.concurrent('CohereForAI_C4AI_Command: a conversation g4f made continues in ours, and ours in g4f, the Space remembering each turn', async () => {
    const url = baseUrl(CohereForAI_C4AI_Command) ?? '';
    const ours = CohereForAI_C4AI_Command.withSettings({ baseUrl: url });
    const first = answered(await callG4F(python ?? '', { provider: 'CohereForAI_C4AI_Command', url, model: 'command-r', messages: ask('Name a colour') }), 'CohereForAI_C4AI_Command');
    expect(first.text).toBe('[command-r] Name a colour');
    expect(first.conversation).toMatchObject({ conversationId: expect.any(String) as unknown, model: 'command-r', preprompt: '' });
    const history = [...ask('Name a colour'), { role: 'assistant' as const, content: first.text }, ...ask('And another')];
    const second = await readAnswer(ours.createAsyncGenerator('command-r', history, { parts: true, conversation: { ...first.conversation, provider: 'CohereForAI_C4AI_Command' } }));
    expect(second.text).toBe('[command-r] And another (remembering: Name a colour)');
    const kwargs = { conversation: second.conversation };
    const third = answered(await callG4F(python ?? '', { provider: 'CohereForAI_C4AI_Command', url, model: 'command-r', messages: [...history, { role: 'assistant', content: second.text }, ...ask('One more')], kwargs }), 'CohereForAI_C4AI_Command');
    expect(third.text).toBe('[command-r] One more (remembering: Name a colour | And another)');
  });

  it.concurrent("Qwen_Qwen_3: g4f continues in the session ours gave, and the Space remembers (g4f never gives its own conversation back)", async () => {
    const url = baseUrl(Qwen_Qwen_3) ?? '';
    const first = await readAnswer(Qwen_Qwen_3.withSettings({ baseUrl: url }).createAsyncGenerator('qwen3-8b', ask('Name a colour'), { parts: true }));
    const sessionHash = first.conversation?.sessionHash;
    expect(sessionHash).toEqual(expect.any(String));
    const kwargs = { conversation: { session_hash: sessionHash } };
    const second = answered(await callG4F(python ?? '', { provider: 'Qwen_Qwen_3', url, model: 'qwen3-8b', messages: ask('And another'), kwargs }), 'Qwen_Qwen_3');
    expect(second.reasoning + second.text).toBe('Thinking about: And another[qwen3-8b] And another (remembering: Name a colour)');
  });

  it.concurrent('Qwen_Qwen_2_5M (Gradio 4, fn_index 2): the same answer cut before its summary, and the same thinking status', async () => {
    const { g4f, ours } = await bothAnswers({ provider: Qwen_Qwen_2_5M, model: 'qwen-2.5-1m', messages: conversation });
    expect(g4f.text).not.toBe('');
    expect(ours.text).toBe(g4f.text);
    expect(ours.text).not.toContain('<summary>');
    expect(ours.statuses).toEqual(['Qwen is thinking...']);
    expect(g4f.statuses).toEqual(ours.statuses);
  });

  it.concurrent('Voodoohop_Flux1Schnell (Gradio 4 REST call route, /call/infer): the same image, its size rounded down to a multiple of 8', async () => {
    const odd = { width: 70, height: 45 };
    const { g4f, ours } = await bothAnswers({ provider: Voodoohop_Flux1Schnell, model: 'flux-schnell', messages: ask('a kite'), g4fKwargs: odd, options: { providerOptions: { Voodoohop_Flux1Schnell: odd } } });
    expect(g4f.images).toHaveLength(1);
    expect(ours.images).toEqual(g4f.images);
    expect(ours.images[0]).toContain('64x40');
  });

  it.concurrent('Microsoft_Phi_4_Multimodal (add_message at fn_index 10 in the session, then bot at fn_index 11): the same answer about an image and a recording', async () => {
    const { g4f, ours } = await bothAnswers({ provider: Microsoft_Phi_4_Multimodal, model: 'phi-4', messages: ask('What is in them?'), media: [image, toneWav] });
    expect(g4f.text).toBe('The image is a PNG of 4x3 pixels. The audio is a WAV of 8078 bytes. [phi-4-multimodal] What is in them?');
    expect(ours.text).toBe(g4f.text);
  });

  it.concurrent('Microsoft_Phi_4_Multimodal without media: g4f fails as the issue says, ours answers', async () => {
    const url = baseUrl(Microsoft_Phi_4_Multimodal) ?? '';
    const g4f = await callG4F(python ?? '', { provider: 'Microsoft_Phi_4_Multimodal', url, model: 'phi-4', messages: ask('Hello?') });
    expect(g4f).toMatchObject({ error: { type: 'ResponseStatusError', message: expect.stringContaining('Response 500') as string } });
    expect(await Microsoft_Phi_4_Multimodal.withSettings({ baseUrl: url }).createCompletion('phi-4', ask('Hello?'))).toBe('[phi-4-multimodal] Hello?');
  });
});
