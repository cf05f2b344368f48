// Takes docs/web-chat.png: the real chat page, served by the built server against the local
// stand-in Spaces, with real answers (an image and a question to QVQ, then Qwen3 with its
// thinking folded), in Debian's Chromium.
//
// Usage, after `pnpm build`: pnpm --filter @g4f/server run screenshot
import { fileURLToPath } from 'node:url';
import { startLocalSpaces } from '@g4f/local-space';
import { chromium } from 'playwright-core';
import { startServer } from '../dist/index.js';

const output = fileURLToPath(new URL('../../../docs/web-chat.png', import.meta.url));
const image = fileURLToPath(new URL('../../../fixtures/images/green-640x480.jpg', import.meta.url));

const spaces = await startLocalSpaces(['qvq', 'qwen3']);
const server = await startServer({ port: 0, logLevel: 'silent', spaces: { Qwen_QVQ_72B: spaces.qvq.url, Qwen_Qwen_3: spaces.qwen3.url } });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 760 } });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]');
  const ask = async (text) => {
    await page.fill('#prompt', text);
    await page.click('#send');
    await page.locator('#send:not([hidden])').waitFor();
  };
  await page.selectOption('#model', 'qwen-qvq-72b-preview');
  await page.setInputFiles('#file', image);
  await ask('What colour is this image? Is it **green**, and what is $\\sqrt{x^2}$?');
  await page.selectOption('#model', 'qwen3-235b-a22b');
  await ask('Then explain $$E = mc^2$$ in one line.');
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  await Promise.all(Object.values(spaces).map((space) => space.stop()));
}
