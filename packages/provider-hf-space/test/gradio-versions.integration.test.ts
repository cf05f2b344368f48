import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { QuotaExceededError, ResponseError, type Messages } from '@g4f/core';
import { Qwen_QVQ_72B } from '@g4f/provider-hf-space';
import type { GradioMajor } from '@g4f/local-space';
import { startConfigHidingProxy, type ConfigHidingProxy } from './helpers/config-hiding-proxy.js';
import { spacesOnVersions } from './helpers/spaces-on-versions.js';

const VERSIONS: readonly GradioMajor[] = [4, 5, 6];
// One QVQ stand-in per Gradio major, hiding its exceptions' details (show_error=False) as many real Spaces do.
const spaceUrl = spacesOnVersions(VERSIONS, { app: 'qvq', env: { SPACE_SHOW_ERROR: '0' } });
const image = fileURLToPath(new URL('../../../fixtures/images/red-4x3.png', import.meta.url));
const ask = (content: string): Messages => [{ role: 'user', content }];
const token = 'hf_VersionsTestTokenNeverShown42';

// Gradio 6.13 and later send the error's message on the REST call route too; 4 and 5 send null.
const callRouteCarriesErrors = (gradio: GradioMajor): boolean => gradio >= 6;
const ROUTE_WITHHOLDS = 'Gradio before 6.13 leaves the reason out on the REST call route; use protocol "queue"';
const NO_REASON = "the Space reported an error without a reason (it raised one with no message, or hides its errors' details with show_error=False).";

const retryIn83 = 'You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23';
const signUp = 'You have exceeded your GPU quota (46s left vs. 60s requested). Sign-up on Hugging Face to get more quotas or retry in 0:09:48';
const freeAccount = 'You have exceeded your GPU quota (60s requested vs. 45s left). Create a free account to get more usage quota.';
const noGpu = 'No GPU was available after 60s. Create a free account to get a higher priority in ZeroGPU queues.';

/**
 * ZeroGPU's wordings as spaces/common/space_kit.py raises them, and what reaches the user on each
 * Gradio: [trigger, clean message, retryAfter] on Gradio 5 and 6, and where Gradio 4 differs
 * (it sends the text form of an HTML error, and a gr.Error's message as Python's repr).
 */
const WORDINGS: readonly { trigger: string; message: string; retryAfter: number | undefined; gradio4?: { message: string; retryAfter: number | undefined } }[] = [
  { trigger: 'quota', message: retryIn83, retryAfter: 83 },
  { trigger: 'quota-0.26', message: 'You have exceeded your GPU quota (46s left vs. 60s requested). Please retry in 0:09:48', retryAfter: 588 },
  { trigger: 'quota-0.28', message: signUp, retryAfter: 588 },
  { trigger: 'quota-0.29', message: signUp, retryAfter: 588 },
  { trigger: 'quota-0.30', message: freeAccount, retryAfter: undefined },
  {
    trigger: 'quota-0.40',
    message: retryIn83,
    retryAfter: 83,
    gradio4: {
      message: 'Unlogged user is runnning out of daily ZeroGPU quotas. Signup for free on https://huggingface.co/join or login on https://huggingface.co/login to get more ZeroGPU quota now.',
      retryAfter: undefined,
    },
  },
  {
    trigger: 'quota-0.51',
    message: 'You have exceeded your ZeroGPU quota (60s requested vs. 45s left). Try again in 0:12:07. Authenticate with a Hugging Face token for more quota - https://huggingface.co/settings/tokens',
    retryAfter: 727,
  },
  { trigger: 'no-gpu', message: noGpu, retryAfter: undefined, gradio4: { message: noGpu.replace('60s.', '60s'), retryAfter: undefined } },
];

async function failureOf(stream: AsyncIterable<string>, chunks: string[] = []): Promise<Error> {
  try {
    for await (const chunk of stream) chunks.push(chunk);
  } catch (error) {
    return error as Error;
  }
  throw new Error(`expected a failure, got the answer ${JSON.stringify(chunks.join(''))}`);
}

describe.each(VERSIONS)('the Gradio transport against real Gradio %i', (gradio) => {
  describe.each(['queue', 'call'] as const)('on the %s protocol', (protocol) => {
    const local = (url: string) => Qwen_QVQ_72B.withSettings({ baseUrl: url, protocol });
    const carriesErrors = protocol === 'queue' || callRouteCarriesErrors(gradio);

    it('streams a long answer whole, at the prefix /config gives', async (context) => {
      const answer = await local(spaceUrl(gradio, context)).createCompletion('', ask('trigger:length=3000'));
      expect(answer).toHaveLength(3000);
      expect(answer.startsWith('w0 w1 w2 ')).toBe(true);
    });

    it.for(WORDINGS)('reads ZeroGPU\'s $trigger wording where the route carries it: QuotaExceededError, retryAfter, clean text', async ({ trigger, ...wording }, context) => {
      const { message, retryAfter } = gradio === 4 ? (wording.gradio4 ?? wording) : wording;
      const error = await failureOf(local(spaceUrl(gradio, context)).createAsyncGenerator('', ask(`trigger:${trigger}`)));
      if (!carriesErrors) {
        expect(error).toBeInstanceOf(ResponseError);
        expect(error.message).toContain(ROUTE_WITHHOLDS);
        return;
      }
      expect(error).toBeInstanceOf(QuotaExceededError);
      expect(error).toMatchObject({ retryAfter, provider: 'Qwen_QVQ_72B' });
      expect(error.message).toContain(`("${message}")`);
      expect(error.message).toContain('pass an HF token (apiKey; HF_TOKEN for the g4f command)');
    });

    it('says what happened to an exception the Space hides, on the route it happened on', async (context) => {
      const error = await failureOf(local(spaceUrl(gradio, context)).createAsyncGenerator('', ask('trigger:hidden-error')));
      expect(error).toBeInstanceOf(ResponseError);
      expect(QuotaExceededError.isInstance(error)).toBe(false);
      expect(error.message).toBe(`Qwen_QVQ_72B: ${carriesErrors ? NO_REASON : `the Space reported an error, and ${ROUTE_WITHHOLDS} (or "auto") to see it.`}`);
      expect(error.message).not.toContain('CUDA');
    });

    it('says the Space gave no reason for a gr.Error without message', async (context) => {
      const error = await failureOf(local(spaceUrl(gradio, context)).createAsyncGenerator('', ask('trigger:silent-error')));
      expect(error.message).toContain(carriesErrors ? NO_REASON : ROUTE_WITHHOLDS);
    });

    it('keeps the text delivered before a mid-answer error on the error', async (context) => {
      const chunks: string[] = [];
      const error = await failureOf(local(spaceUrl(gradio, context)).createAsyncGenerator('', ask('one two three four five trigger:fail-midway')), chunks);
      expect(chunks.join('')).toBe('one two');
      expect(error).toMatchObject({ partialText: 'one two' });
      if (carriesErrors) expect(error.message).toContain('The model crashed halfway through.');
    });
  });

  it('does not advise a token when one was passed, and never shows it', async (context) => {
    const provider = Qwen_QVQ_72B.withSettings({ baseUrl: spaceUrl(gradio, context), protocol: 'queue' });
    const error = await failureOf(provider.createAsyncGenerator('', ask('trigger:quota'), { apiKey: token }));
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error.message).toContain("the HF token's quota is spent too");
    expect(error.message).not.toContain('pass an HF token');
    expect(`${error.message} ${error.stack ?? ''}`).not.toContain(token);
  });

  describe('where /config cannot be read', () => {
    const proxies: ConfigHidingProxy[] = [];
    afterAll(async () => {
      await Promise.all(proxies.map((proxy) => proxy.close()));
    });
    async function hidden(url: string): Promise<ConfigHidingProxy> {
      const proxy = await startConfigHidingProxy(url);
      proxies.push(proxy);
      return proxy;
    }

    it('falls back to the call route and finds its prefix, uploads included', async (context) => {
      const proxy = await hidden(spaceUrl(gradio, context));
      const answer = await Qwen_QVQ_72B.withSettings({ baseUrl: proxy.url }).createCompletion('', ask('What is this?'), { media: [[image]] });
      expect(answer).toBe('The image is a PNG of 4x3 pixels. What is this?');
      expect(proxy.paths.filter((path) => path.includes('/call/generate/'))[0]).toMatch(gradio === 4 ? /^\/call\/generate\// : /^\/gradio_api\/call\/generate\//);
    });

    it('reads the quota error on the fall-back route where Gradio sends it', async (context) => {
      const proxy = await hidden(spaceUrl(gradio, context));
      const error = await failureOf(Qwen_QVQ_72B.withSettings({ baseUrl: proxy.url }).createAsyncGenerator('', ask('trigger:quota')));
      if (callRouteCarriesErrors(gradio)) {
        expect(error).toBeInstanceOf(QuotaExceededError);
        expect(error).toMatchObject({ retryAfter: 83 });
      } else {
        expect(error.message).toContain(ROUTE_WITHHOLDS);
      }
    });
  });
});
