import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

/** One layout shift as the browser reports it, with the elements that moved. */
interface Shift {
  value: number;
  sources: string[];
}

// Core Web Vitals rate a cumulative layout shift of up to 0.1 as good. A page whose controls are in
// place from the first paint should stay far below that, so the budget is a fifth of it.
const budget = 0.02;

const pageTypes = [
  '',
  'controls/a-6-2-4/',
  'explorer/',
  'assessment/',
  'topics/',
  'search/?q=A.6.2.4',
  'coverage/iso27001/iso42001/',
];

describe.skipIf(!chromiumAvailable)('layout while a page loads', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const shifts: Shift[] = [];
      (window as unknown as { shifts: Shift[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            sources: entry.sources.map((source) => {
              const node = source.node;
              if (!(node instanceof Element))
                return node?.parentElement?.outerHTML.slice(0, 80) ?? '?';
              return node.outerHTML.slice(0, 80);
            }),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
  });

  afterAll(async () => {
    await page.close();
  });

  for (const lang of ['en', 'he'] as const) {
    for (const type of pageTypes) {
      it(`keeps /${lang}/${type} still at 412 px`, async () => {
        await page.goto(new URL(`/${lang}/${type}`, browser.origin).href);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        const moved = shifts
          .filter((shift) => shift.value > 0.001)
          .map((shift) => `${shift.value.toFixed(3)}: ${shift.sources.join(' | ')}`);
        expect(total, moved.join('\n')).toBeLessThan(budget);
      });
    }
  }

  it('hides script-only controls when scripts fail', async () => {
    // Only the inline head script runs: every script file is aborted, so nothing upgrades.
    await page.route('**/_astro/*.js', (route) => route.abort());
    try {
      await page.goto(new URL('/en/explorer/', browser.origin).href);
      expect(await page.getAttribute('html', 'data-js-failed')).toBe('');
      expect(await page.locator('.aa-explorer__filters').isVisible(), 'filters fall back').toBe(
        false,
      );
      expect(await page.locator('aa-theme-select').isVisible()).toBe(false);
    } finally {
      await page.unroute('**/_astro/*.js');
    }
  });

  it('keeps upgraded islands after a failure', async () => {
    await page.route(/SearchDialog[^/]*\.js$/, (route) => route.abort());
    try {
      await page.goto(new URL('/en/assessment/', browser.origin).href);
      await page.locator('aa-assessment[data-ready]').waitFor();
      expect(await page.getAttribute('html', 'data-js-failed')).toBe('');
      expect(await page.locator('.aa-assessment__tools').isVisible()).toBe(true);
      expect(await page.locator('.aa-assessment__progress').isVisible()).toBe(true);
      expect(await page.locator('.aa-assessment__nojs').isVisible()).toBe(false);
    } finally {
      await page.unroute(/SearchDialog[^/]*\.js$/);
    }
  });
});
