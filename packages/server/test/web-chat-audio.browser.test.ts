import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localSpaceUrl, localSpaceUrlFor } from '@g4f/local-space/testing';
import { startServer, type RunningServer } from '@g4f/server';
import { chromiumAvailable, launchChromium } from './helpers/chromium.js';

/** A valid WAV: 8 kHz, 8-bit mono, `samples` bytes of silence after the 44-byte header. */
function wav(samples: number): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(samples, 40);
  return Buffer.concat([header, Buffer.alloc(samples, 128)]);
}

const imagePath = new URL('../../../fixtures/images/red-4x3.png', import.meta.url).pathname;
const note = { name: 'note.wav', mimeType: 'audio/wav', buffer: wav(800) };
const phi4 = localSpaceUrl('phi4');
const qwen3 = localSpaceUrlFor('Qwen_Qwen_3');
const available = phi4 !== undefined && qwen3 !== undefined && chromiumAvailable();

describe.skipIf(!available)('audio on the chat page, in a real browser, to the local Phi-4', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  const answers = () => page.locator('.message.assistant .body');
  async function ask(text: string): Promise<void> {
    await page.fill('#prompt', text);
    await page.click('#send');
  }
  async function openPage(model: string): Promise<void> {
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.selectOption('#model', model);
  }
  async function attachNote(): Promise<void> {
    await page.setInputFiles('#file', note);
    await page.locator('#attachments .attachment.audio', { hasText: 'note.wav' }).waitFor();
  }

  beforeAll(async () => {
    server = await startServer({ port: 0, logLevel: 'silent', spaces: { Microsoft_Phi_4_Multimodal: phi4 ?? '', Qwen_Qwen_3: qwen3 ?? '' } });
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    await server.close();
  });
  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
  });
  afterEach(async () => {
    await page.context().close();
  });

  it("sends an attached WAV as OpenAI's input_audio part and streams Phi-4's answer about it", async () => {
    await openPage('phi-4-multimodal');
    await attachNote();
    const sent = page.waitForRequest('**/v1/chat/completions');
    await ask('What do you hear?');
    await answers().filter({ hasText: 'The audio is a WAV of 844 bytes. [phi-4-multimodal] What do you hear?' }).waitFor();
    const body = (await sent).postDataJSON() as { messages: { content: unknown }[] };
    expect(body.messages).toEqual([{ role: 'user', content: [{ type: 'text', text: 'What do you hear?' }, { type: 'input_audio', input_audio: { data: note.buffer.toString('base64'), format: 'wav' } }] }]);
    expect(await page.locator('.message.user .audio-chip').innerText()).toBe('note.wav');
    expect(await page.locator('#attachments .attachment').count()).toBe(0);
  });

  it('attaches several files by the button, audio dropped or pasted (named by its extension when the browser gives no type), removes a chip by its ×, and refuses other files with the reason', async () => {
    await openPage('phi-4-multimodal');
    await page.setInputFiles('#file', [note, { name: 'red.png', mimeType: 'image/png', buffer: readFileSync(imagePath) }]);
    await page.locator('#attachments img').waitFor();
    expect(await page.locator('#attachments .attachment.audio .name').allInnerTexts()).toEqual(['note.wav']);
    await page.locator('#attachments .attachment', { hasText: 'note.wav' }).getByRole('button', { name: '×' }).click();
    await page.locator('#attachments .attachment').filter({ has: page.locator('img') }).getByRole('button', { name: '×' }).click();
    expect(await page.locator('#attachments .attachment').count()).toBe(0);
    await page.evaluate(`(() => {
      const dropped = new DataTransfer();
      dropped.items.add(new File([new Uint8Array([79, 103, 103, 83])], 'song.ogg', { type: 'audio/ogg' }));
      document.getElementById('drop-zone').dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
      const pasted = new DataTransfer();
      pasted.items.add(new File([new Uint8Array([102, 76, 97, 67])], 'clip.flac'));
      document.getElementById('prompt').dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
    })()`);
    const chips = page.locator('#attachments .attachment.audio');
    await expect.poll(async () => chips.locator('.name').allInnerTexts()).toEqual(['song.ogg', 'clip.flac']);
    await chips.filter({ hasText: 'song.ogg' }).getByRole('button', { name: '×' }).click();
    expect(await chips.locator('.name').allInnerTexts()).toEqual(['clip.flac']);
    await page.setInputFiles('#file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.locator('#error', { hasText: 'notes.txt is neither an image nor audio this page can send (text/plain); attach PNG, JPEG, WebP or GIF images, or WAV, MP3, OGG, FLAC, WEBM audio.' }).waitFor();
  });

  it('says plainly before sending that a model takes no audio, offers the ones that do, and sends once one is picked', async () => {
    const posted: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/v1/chat/completions')) posted.push(request.url());
    });
    await openPage('qwen3-235b-a22b');
    await attachNote();
    const misfit = page.locator('#misfit');
    await misfit.filter({ hasText: 'qwen3-235b-a22b takes no audio. Pick a model that takes audio: phi-4-multimodal or remove the audio.' }).waitFor();
    await ask('What do you hear?');
    expect(await page.locator('.message').count()).toBe(0);
    expect(posted).toEqual([]);
    expect(await page.inputValue('#prompt')).toBe('What do you hear?');
    await misfit.getByRole('button', { name: 'phi-4-multimodal' }).click();
    expect(await page.inputValue('#model')).toBe('phi-4-multimodal');
    expect(await misfit.isHidden()).toBe(true);
    await page.click('#send');
    await answers().filter({ hasText: 'The audio is a WAV of 844 bytes.' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    // Back to a text model: the earlier audio stays out of its request, so it answers.
    await page.selectOption('#model', 'qwen3-235b-a22b');
    await ask('and now?');
    await answers().filter({ hasText: '[qwen3-235b-a22b] and now?' }).waitFor();
  });

  it('keeps audio across a reload, sent again with the next question; a file over 1 MiB keeps only its chip, which says so', async () => {
    await openPage('phi-4-multimodal');
    await attachNote();
    await ask('small');
    await answers().filter({ hasText: 'The audio is a WAV of 844 bytes.' }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.click('#new-chat');
    const big = wav(1024 * 1024);
    await page.setInputFiles('#file', { name: 'long.wav', mimeType: 'audio/wav', buffer: big });
    await page.locator('#attachments .attachment.audio', { hasText: 'long.wav' }).waitFor();
    await ask('big');
    await answers().filter({ hasText: `The audio is a WAV of ${big.length} bytes.` }).waitFor();
    await page.locator('#send:not([hidden])').waitFor();
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const titles = page.locator('#conversations .open');
    expect(await titles.allInnerTexts()).toEqual(['big', 'small']);
    await titles.filter({ hasText: 'big' }).click();
    expect(await page.locator('.message.user .audio-chip').innerText()).toBe("long.wav (not kept: too big for this browser's storage)");
    await titles.filter({ hasText: 'small' }).click();
    expect(await page.locator('.message.user .audio-chip').innerText()).toBe('note.wav');
    const sent = page.waitForRequest('**/v1/chat/completions');
    await ask('again');
    // Phi-4 gets the whole conversation as its prompt, and the kept audio with it.
    const again = answers().filter({ hasText: 'User: again' });
    await again.waitFor();
    expect(await again.innerText()).toMatch(/^The audio is a WAV of 844 bytes\./);
    expect(JSON.stringify((await sent).postDataJSON())).toContain(note.buffer.toString('base64'));
  });
});
