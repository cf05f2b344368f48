import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startLocalSpace, type LocalSpace } from '@g4f/local-space';
import { eventually, localSpaceUrl, localSpaceUrlFor, spaceStats } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';
import { chromiumAvailable, launchChromium } from './helpers/chromium.js';

const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
// This file starts its own QVQ running one job at a time (as a ZeroGPU Space does): a second job
// waits in its queue, and the counts of started and cancelled jobs are this file's alone.
const available = localSpaceUrl('qvq') !== undefined && chromiumAvailable();
const slowPrompt = `trigger:slow ${'w '.repeat(60).trim()}`;

describe.skipIf(!available)('the chat page at / in a real browser', () => {
  let space: LocalSpace;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const answers = () => page.locator('.message.assistant .body');
  async function ask(text: string): Promise<void> {
    await page.fill('#prompt', text);
    await page.click('#send');
  }
  async function openPage(model = 'qwen-qvq-72b-preview'): Promise<void> {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.selectOption('#model', model);
  }

  beforeAll(async () => {
    space = await startLocalSpace({ app: 'qvq', env: { SPACE_CONCURRENCY: '1' } });
    server = await startServer({
      port: 0,
      logLevel: 'silent',
      spaces: { Qwen_QVQ_72B: space.url, Qwen_Qwen_3: localSpaceUrlFor('Qwen_Qwen_3') ?? '', BlackForestLabs_Flux1Dev: localSpaceUrlFor('BlackForestLabs_Flux1Dev') ?? '' },
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
    await space.stop();
  });
  beforeEach(async () => {
    // A fresh browser profile each test: no conversations, no key.
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
  });
  afterEach(async () => {
    await page.context().close();
  });

  it('is served with its assets, their content types and caching headers, nothing from elsewhere', async () => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(server.url);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    expect(response?.headers()['cache-control']).toBe('no-cache');
    await page.waitForSelector('body[data-ready="true"]');
    await page.selectOption('#model', 'qwen-qvq-72b-preview');
    await ask('$$\\int_0^1 x\\,dx$$');
    await page.locator('.message.assistant .body .katex-display').waitFor();
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const script = requested.find((url) => /\/assets\/app-.*\.js$/.test(url)) ?? '';
    const assets = await fetch(script);
    expect(assets.headers.get('content-type')).toMatch(/javascript/);
    expect(assets.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const font = requested.find((url) => url.endsWith('.woff2'));
    expect(font).toBeDefined();
    expect((await fetch(font ?? '')).headers.get('content-type')).toBe('font/woff2');
    expect(requested.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'))).toEqual([]);
  });

  it('groups the models by what they take and give', async () => {
    await openPage();
    // Code in strings runs in the page, whose DOM types this Node package does not load.
    const groups = await page.evaluate<{ label: string; models: string[] }[]>(`[...document.querySelectorAll('#model optgroup')].map((group) => ({ label: group.label, models: [...group.querySelectorAll('option')].map((option) => option.value) }))`);
    expect(groups.find((group) => group.label === 'Image in')?.models).toContain('qwen-qvq-72b-preview');
    expect(groups.find((group) => group.label === 'Text')?.models).toContain('qwen3-235b-a22b');
    expect(groups.find((group) => group.label === 'Image out')?.models).toContain('flux-dev');
  });

  it('takes a question with an image attached by the button and renders the streamed answer as Markdown and math', async () => {
    await openPage();
    await page.setInputFiles('#file', imagePath);
    await expect.poll(async () => page.locator('#attachments img').count()).toBe(1);
    await ask('Is it **red** or $x^2$?');
    await page.locator('.message.assistant strong', { hasText: 'red' }).waitFor();
    await page.locator('.message.assistant .katex').waitFor();
    expect(await answers().first().innerText()).toContain('The image is a PNG of 4x3 pixels.');
    expect(await page.locator('.message.user img.attached').count()).toBe(1);
    await page.locator('#send:not([hidden])').waitFor();
  });

  it("sanitises the markup a Space's answer holds: no script of its runs", async () => {
    await openPage();
    await ask('<img src="/nothing.png" onerror="window.pwned = true"> <b>kept</b>');
    await page.locator('.message.assistant b', { hasText: 'kept' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    expect(await page.locator('.message.assistant img[onerror]').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
  });

  it('attaches images dropped on the page or pasted into it', async () => {
    await openPage();
    const png = readFileSync(imagePath).toString('base64');
    await page.evaluate(`(() => {
      const file = () => new File([Uint8Array.from(atob('${png}'), (c) => c.charCodeAt(0))], 'red.png', { type: 'image/png' });
      const dropped = new DataTransfer();
      dropped.items.add(file());
      document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
      const pasted = new DataTransfer();
      pasted.items.add(file());
      document.getElementById('prompt').dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(async () => page.locator('#attachments img').count()).toBe(2);
  });

  it('says before sending that a model takes no images, and sends once a vision model it offers is picked', async () => {
    await openPage('qwen3-235b-a22b');
    await page.setInputFiles('#file', imagePath);
    const misfit = page.locator('#misfit');
    await misfit.filter({ hasText: 'qwen3-235b-a22b takes no images. Pick a model that takes images: qwen-qvq-72b-preview' }).waitFor();
    await ask('what is this');
    expect(await page.locator('.message').count()).toBe(0);
    await misfit.getByRole('button', { name: 'qwen-qvq-72b-preview' }).click();
    await page.click('#send');
    await answers().filter({ hasText: 'The image is a PNG of 4x3 pixels.' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
  });

  it('stops mid-answer: the Space sees its job cancelled, and the partial answer stays', async () => {
    await openPage();
    const before = await spaceStats(space.url);
    await ask(slowPrompt);
    await page.locator('.message.assistant .body', { hasText: /slow( w){3}/ }).waitFor();
    await page.click('#stop');
    expect(await eventually(async () => (await spaceStats(space.url)).cancelled > before.cancelled)).toBe(true);
    expect((await spaceStats(space.url)).finished).toBe(before.finished);
    await expect(page.locator('.message.assistant .note').innerText()).resolves.toBe('Stopped.');
    expect(await answers().first().innerText()).toMatch(/^trigger:slow( w){3}/);
    await page.locator('#send:not([hidden])').waitFor();
  });

  it("shows the queue position while the Space's one worker is busy", async () => {
    await openPage();
    const before = await spaceStats(space.url);
    const busy = fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ model: 'qvq-72b', messages: [{ role: 'user', content: `trigger:slow ${'w '.repeat(15).trim()}` }] }) });
    expect(await eventually(async () => (await spaceStats(space.url)).started > before.started)).toBe(true);
    await ask('after the other');
    await page.locator('#status', { hasText: /In the queue: 1st of 1/ }).waitFor();
    await (await busy).text();
    await page.locator('.message.assistant .body', { hasText: 'after the other' }).waitFor();
    expect(await page.locator('#status').isHidden()).toBe(true);
  });

  it('switches model: earlier images left out for a model that takes none, reasoning folded, the Space\'s conversation sent back, and an image shown inline', async () => {
    await openPage();
    await page.setInputFiles('#file', imagePath);
    await ask('what is this');
    await answers().filter({ hasText: 'The image is a PNG of 4x3 pixels.' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.selectOption('#model', 'qwen3-235b-a22b');
    await ask('first question');
    await answers().filter({ hasText: '[qwen3-235b-a22b] first question' }).waitFor();
    const reasoning = page.locator('.message.assistant details.reasoning').nth(1);
    expect(await reasoning.getAttribute('open')).toBeNull();
    expect(await reasoning.innerText()).toContain('Thinking');
    await page.locator('#send:not([hidden])').waitFor();
    await ask('second question');
    await answers().filter({ hasText: '(remembering: first question)' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.selectOption('#model', 'flux-dev');
    await ask('a red square');
    const image = page.locator('.message.assistant .body img').last();
    await image.waitFor();
    await expect.poll(async () => image.evaluate((element: { naturalWidth: number }) => element.naturalWidth)).toBeGreaterThan(0);
  });

  it('keeps conversations across a reload: the list, a new chat, delete', async () => {
    await openPage();
    await ask('remember me');
    await answers().filter({ hasText: 'remember me' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.click('#new-chat');
    expect(await page.locator('.message').count()).toBe(0);
    await ask('another one');
    await answers().filter({ hasText: 'another one' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const titles = page.locator('#conversations .open');
    expect(await titles.allInnerTexts()).toEqual(['another one', 'remember me']);
    await titles.filter({ hasText: 'remember me' }).click();
    await answers().filter({ hasText: 'remember me' }).waitFor();
    await page.locator('#conversations li', { hasText: 'remember me' }).locator('.delete').click();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await titles.allInnerTexts()).toEqual(['another one']);
  });

  // Last: the quota error cools QVQ down on this server, which then refuses it without a call.
  it('shows a quota error plainly, with a countdown that goes down', async () => {
    await openPage();
    await ask('trigger:quota');
    const error = page.locator('#error');
    await error.filter({ hasText: /You can try again in 8[0-3] s\./ }).waitFor();
    expect(await error.innerText()).toMatch(/quota/i);
    await error.filter({ hasText: /You can try again in (7\d|8[0-2]) s\./ }).waitFor();
  });
});

describe.skipIf(!available)('the chat page of a server with an API key', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ port: 0, logLevel: 'silent', apiKey: 'page-key', spaces: { Qwen_QVQ_72B: localSpaceUrl('qvq') ?? '' } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });

  it('asks for the key, keeps it, and answers', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    const dialog = page.locator('#api-key-dialog');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('This server needs its API key: the one it was started with (--api-key or G4F_API_KEY).');
    await page.fill('#api-key', 'wrong-key');
    await page.click('#api-key-dialog button[type="submit"]');
    await page.locator('#api-key-reason', { hasText: 'The server refused the API key kept in this browser' }).waitFor();
    await page.fill('#api-key', 'page-key');
    await page.click('#api-key-dialog button[type="submit"]');
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#prompt', 'with a key');
    await page.click('#send');
    await page.locator('.message.assistant .body', { hasText: 'with a key' }).waitFor();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    expect(await dialog.isVisible()).toBe(false);
    await page.context().close();
  });
});
