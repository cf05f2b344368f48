import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, which scripts/setup-chromium.sh installs (playwright's own download cannot run here). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser tests can run; outside CI a missing Chromium skips them with the reason, in CI it fails them. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const reason = `${CHROMIUM_PATH} is missing; bash scripts/setup-chromium.sh installs it.`;
  if (process.env.CI === 'true') throw new Error(`The chat page's browser tests need Chromium: ${reason}`);
  console.warn(`Skipping the chat page's browser tests: ${reason}`);
  return false;
}

/** Headless Chromium (no sandbox: the tests run as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
}
