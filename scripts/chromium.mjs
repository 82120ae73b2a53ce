// Launches Debian's Chromium through playwright-core with the flags this project's machines need:
// no sandbox as root, no GPU, and no background connections to hosts outside 127.0.0.1.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function hasChromium() {
  return existsSync(chromiumPath);
}

/**
 * Starts Chromium with a fresh user-data dir, which close() also removes. `contextOptions` go to
 * Playwright's launchPersistentContext, for example `{ hasTouch: true, isMobile: true }`.
 */
export async function launchChromium(contextOptions = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'aims-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...contextOptions,
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
