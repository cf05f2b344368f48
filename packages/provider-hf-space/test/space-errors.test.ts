import { describe, expect, it } from 'vitest';
import { QuotaExceededError, ResponseError } from '@g4f/core';
import { cleanSpaceMessage } from '../src/gradio/clean-space-message.js';
import { parseQuotaRetryAfter, spaceError, type SpaceErrorReport } from '../src/gradio/space-errors.js';

const context = { provider: 'Qwen_QVQ_72B', partialText: 'part', hasToken: false };
const said = (message: string | null, title?: string): SpaceErrorReport => ({ message, withheldBy: 'space', ...(title === undefined ? {} : { title }) });
const link = (href: string, text: string): string => `<a style="white-space: nowrap;color: var(--body-text-color)" href="${href}">${text}</a>`;

describe('spaceError reads every ZeroGPU quota wording', () => {
  // Each as a release of the `spaces` package words it, with the seconds it tells to wait.
  it.each([
    ['0.19', 'You have exceeded your GPU quota', undefined],
    ['0.26', 'You have exceeded your GPU quota (46s left vs. 60s requested). Please retry in 0:09:48', 588],
    ['0.28', 'You have exceeded your GPU quota (46s left vs. 60s requested). Sign-up on Hugging Face to get more quotas or retry in 0:09:48', 588],
    ['0.29', `You have exceeded your GPU quota (46s left vs. 60s requested). <a href="https://huggingface.co/join">Sign-up on Hugging Face</a> to get more quotas or retry in 0:09:48`, 588],
    ['0.30', `You have exceeded your GPU quota (60s requested vs. 45s left). ${link('https://huggingface.co/join', 'Create a free account')} to get more usage quota.`, undefined],
    ['0.30 on Gradio 4', 'You have exceeded your free GPU quota (60s requested vs. 45s left). [Subscribe to Pro](https://huggingface.co/subscribe/pro) to get 5x more usage quota.', undefined],
    ['0.30 Pro', 'You have exceeded your Pro GPU quota (60s requested vs. 45s left). Try again in 0:01:23', 83],
    ['0.34', 'You have exceeded your runs limit.', undefined],
    ['0.34 without token', 'Space app has reached its GPU limit. Try re-running outside of examples if it happened after clicking one', undefined],
    ['0.40', 'You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23', 83],
    ['0.40 on Gradio 4', 'Unlogged user is runnning out of daily ZeroGPU quotas. Signup for free on https://huggingface.co/join or login on https://huggingface.co/login to get more ZeroGPU quota now.', undefined],
    ['0.51', 'You have exceeded your ZeroGPU quota (60s requested vs. 45s left). Try again in 0:12:07. Authenticate with a Hugging Face token for more quota - https://huggingface.co/settings/tokens', 727],
    ['0.51 free', 'You have exceeded your free ZeroGPU quota (90s requested vs. 3s left). Try again in 23:59:59. Subscribe to Hugging Face PRO to get 40 min of ZeroGPU quota a day - https://huggingface.co/subscribe/pro?from=ZeroGPU', 86_399],
    ['0.51 runs', 'You have exceeded your ZeroGPU runs limit. Authenticate with a Hugging Face token for more quota - https://huggingface.co/settings/tokens', undefined],
    ['0.51 credits', 'You have too many ZeroGPU credits allocated to running tasks. Try again once some of those tasks have completed.', undefined],
    ['a day away', 'You have exceeded your GPU quota (60s requested vs. 0s left). Try again in 1 day, 2:03:04', 93_784],
    ['with microseconds', 'You have exceeded your GPU quota (60s requested vs. 0s left). Try again in 0:00:07.250000', 7],
    ['minutes and seconds', 'ZeroGPU quota exceeded. Try again in 12:30', 750],
  ])('spaces %s: QuotaExceededError with retryAfter %s and a clean message', (_release, message, retryAfter) => {
    const error = spaceError(said(message), context);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ retryAfter, provider: 'Qwen_QVQ_72B', partialText: 'part' });
    expect(error.message).toContain(`("${cleanSpaceMessage(message) ?? ''}")`);
    expect(error.message).not.toMatch(/<a|href|\]\(/);
  });

  it('knows a quota error by its title when the words are new', () => {
    const error = spaceError(said('Your daily budget is spent.', 'ZeroGPU quota exceeded'), context);
    expect(error).toBeInstanceOf(QuotaExceededError);
  });

  it.each([
    `No GPU was available after 60s. ${link('https://huggingface.co/join', 'Create a free account')} to get a higher priority in ZeroGPU queues.`,
    'No GPU was available after 60s [Create a free account](https://huggingface.co/join) to get a higher priority in ZeroGPU queues.',
    'No GPU is currently available for you after 60s',
    'No GPU was available',
  ])('"%s" says no GPU was free, as a QuotaExceededError to try later', (message) => {
    const error = spaceError(said(message), context);
    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error.message).toMatch(/^Qwen_QVQ_72B: the Space found no free GPU in time \("No GPU (was|is currently) available[^<[]*"\): try again later, or pass an HF token/);
  });

  it('advises a token only when none was passed', () => {
    const message = 'You have exceeded your GPU quota (60s requested vs. 45s left). Try again in 0:01:23';
    expect(spaceError(said(message), context).message).toContain('try again in 83 s, or pass an HF token (apiKey; HF_TOKEN for the g4f command) for more quota.');
    const withToken = spaceError(said(message), { ...context, hasToken: true }).message;
    expect(withToken).toContain("try again in 83 s; the HF token's quota is spent too.");
    expect(withToken).not.toContain('pass an HF token');
  });
});

describe('spaceError for other failures', () => {
  it("keeps another error's message", () => {
    const error = spaceError(said('CUDA out of memory'), { ...context, partialText: '' });
    expect(error).toBeInstanceOf(ResponseError);
    expect(QuotaExceededError.isInstance(error)).toBe(false);
    expect(error.message).toBe('Qwen_QVQ_72B: the Space reported an error: CUDA out of memory');
  });

  it('says the Space gave no reason, and why there is none, by who withheld it', () => {
    expect(spaceError(said(null), context).message).toContain('the Space reported an error without a reason (it raised one with no message, or hides its errors\' details with show_error=False).');
    expect(spaceError(said('  '), context).message).toContain('without a reason');
    expect(spaceError({ message: null, withheldBy: 'route' }, context).message).toContain('Gradio before 6.13 leaves the reason out on the REST call route; use protocol "queue"');
  });
});

describe('cleanSpaceMessage', () => {
  it("undoes Gradio 4's Python repr, and reads its None as no message", () => {
    expect(cleanSpaceMessage("'You have exceeded your GPU quota (60s requested vs. 45s left).'")).toBe('You have exceeded your GPU quota (60s requested vs. 45s left).');
    expect(cleanSpaceMessage('"It\'s out of memory"')).toBe("It's out of memory");
    expect(cleanSpaceMessage('None')).toBeNull();
  });

  it('keeps the words of HTML and Markdown links, and decodes entities', () => {
    expect(cleanSpaceMessage(`Go ${link('https://x.test/?a=1&amp;b=2', 'there')} &amp; back`)).toBe('Go there & back');
    expect(cleanSpaceMessage('See [the docs](https://x.test/docs) now')).toBe('See the docs now');
  });
});

describe('parseQuotaRetryAfter', () => {
  it('reads H:MM:SS and M:SS after "try again in" or "retry in", and nothing else', () => {
    expect(parseQuotaRetryAfter('Try again in 0:00:07')).toBe(7);
    expect(parseQuotaRetryAfter('try again in 2:05')).toBe(125);
    expect(parseQuotaRetryAfter('or retry in 0:09:48')).toBe(588);
    expect(parseQuotaRetryAfter('Try again later')).toBeUndefined();
    expect(parseQuotaRetryAfter('Try again once some of those tasks have completed.')).toBeUndefined();
  });
});
