import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { assertBuilt, distDir } from './dist';

/** True when Debian's Chromium is installed; browser suites use describe.skipIf(!chromiumAvailable). */
export const chromiumAvailable = hasChromium();

export interface BrowserSession {
  origin: string;
  context: BrowserContext;
  /** Every path the browser requested from the site, in order, for privacy and request checks. */
  requests: string[];
  newPage(options?: { width?: number; height?: number }): Promise<Page>;
}

/**
 * Serves dist/ on 127.0.0.1 and starts one Chromium for the calling test file. Requests to any
 * other host are aborted, so a test cannot reach the network by accident.
 */
export function useBrowser(): BrowserSession {
  const session = { requests: [] as string[] } as BrowserSession;
  let closeBrowser: (() => Promise<void>) | undefined;
  let closeServer: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!chromiumAvailable) return;
    assertBuilt();
    const server = await startStaticServer(distDir, {
      onRequest: (path: string) => session.requests.push(path),
    });
    closeServer = server.close;
    session.origin = server.origin;
    const browser = await launchChromium();
    closeBrowser = browser.close;
    session.context = browser.context;
    await session.context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => route.abort(),
    );
    session.newPage = async ({ width = 1280, height = 900 } = {}) => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width, height });
      return page;
    };
  });

  afterAll(async () => {
    await closeBrowser?.();
    await closeServer?.();
  });

  return session;
}
