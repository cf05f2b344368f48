import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerProvider, resolveModel } from '@g4f/core';
import { Client } from '@g4f/client';
import { hfSpaceProviders } from '@g4f/provider-hf-space';
import { startServer, type RunningServer } from '@g4f/server';
import { runCli, type TerminalIO } from '@g4f/cli';
import { localSpaceUrlFor } from '@g4f/local-space/testing';

const image = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
const urls = hfSpaceProviders.map((provider) => localSpaceUrlFor(provider.name));

/** The provider that answered `g4f chat --json`, run in this process so that it sees the local Spaces. */
async function cliProvider(args: string[]): Promise<string | undefined> {
  let out = '';
  const sink = { write: (chunk: string) => ((out += chunk), true), isTTY: false } as unknown as TerminalIO['stdout'];
  const code = await runCli(['chat', '--json', ...args], { stdout: sink, stderr: sink, env: {} }, new AbortController().signal);
  expect(code, out).toBe(0);
  const parts = out.trim().split('\n').map((line) => JSON.parse(line) as { type: string; provider?: string });
  return parts.find((part) => part.type === 'provider-info')?.provider;
}

describe.skipIf(urls.includes(undefined))('an empty model name, asked of every surface', () => {
  let server: RunningServer;
  let openai: OpenAI;

  beforeAll(async () => {
    // The registered Space providers, moved to their local apps: registering a name again replaces
    // it in place, and in HuggingSpace as the registry hands it out.
    registerProvider(...hfSpaceProviders.map((provider, index) => provider.withSettings({ baseUrl: urls[index] ?? '' })));
    server = await startServer({ port: 0 });
    openai = new OpenAI({ baseURL: `${server.url}/v1`, apiKey: 'unused', maxRetries: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is the registry\'s default chat model, g4f\'s: Qwen2-72B, in the client, the server and the CLI', async () => {
    expect(resolveModel('')).toMatchObject({ model: 'qwen-qwen2-72b-instruct', provider: { name: 'Qwen_Qwen_2_72B' } });
    const messages = [{ role: 'user' as const, content: 'Hi' }];
    const fromClient = await new Client().chat.completions.create({ model: '', messages });
    const fromServer = (await openai.chat.completions.create({ model: '', messages })) as OpenAI.ChatCompletion & { provider?: string };
    expect([fromClient.provider, fromClient.model]).toEqual(['Qwen_Qwen_2_72B', 'qwen-qwen2-72b-instruct']);
    expect([fromServer.provider, fromServer.model]).toEqual(['Qwen_Qwen_2_72B', 'qwen-qwen2-72b-instruct']);
    expect(await cliProvider(['Hi'])).toBe('Qwen_Qwen_2_72B');
    expect((await new Client({ provider: 'HuggingSpace' }).chat.completions.create({ model: '', messages })).provider).toBe('Qwen_Qwen_2_72B');
    expect(await cliProvider(['--provider', 'HuggingSpace', 'Hi'])).toBe('Qwen_Qwen_2_72B');
  });

  it('is the registry\'s default vision model, QVQ, when the call carries an image', async () => {
    expect(resolveModel('', { hasImage: true }).model).toBe('qwen-qvq-72b-preview');
    const messages = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'What?' }, { type: 'image_url' as const, image_url: { url: image } }] }];
    const fromClient = await new Client().chat.completions.create({ model: '', messages });
    expect([fromClient.provider, fromClient.choices[0]?.message.content]).toEqual(['Qwen_QVQ_72B', 'The image is a PNG of 4x3 pixels. What?']);
    expect(await cliProvider(['--image', image, 'What?'])).toBe('Qwen_QVQ_72B');
  });

  it('is the registry\'s default image model, FLUX.1-dev, for drawing', () => {
    expect(resolveModel('', { task: 'image' })).toMatchObject({ model: 'flux-dev', provider: { name: 'BlackForestLabs_Flux1Dev' } });
  });
});
