import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** Summarizes axe violations as "rule: target" lines, so that a failure names each element. */
function describeViolations(violations: Violations): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

describe.skipIf(!chromiumAvailable)('accessibility of the home, topics and glossary pages', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  /** Opens a page with its topic map upgraded, in one view and colour scheme, and runs axe. */
  async function audit(path: string, view: 'map' | 'list', scheme: 'light' | 'dark') {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url(path));
    const map = page.locator('aa-topic-map');
    if ((await map.count()) > 0) {
      await map.scrollIntoViewIfNeeded();
      await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
      if (view === 'list') await page.locator('[data-view="list"]').click();
      else await page.locator('.aa-topic[data-index="0"]').focus();
    }
    const results = await new AxeBuilder({ page }).analyze();
    return describeViolations(results.violations);
  }

  // The map is audited on the home page in both themes, because its colours change with the
  // theme. The topics page adds only a heading and a lead, so it is audited in its list view.
  for (const lang of ['en', 'he'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`finds no violation on /${lang}/ with the map in the ${scheme} theme`, async () => {
        expect(await audit(`/${lang}/`, 'map', scheme)).toEqual([]);
      });
    }

    it(`finds no violation in the list view of /${lang}/topics/`, async () => {
      expect(await audit(`/${lang}/topics/`, 'list', 'light')).toEqual([]);
    });

    it(`finds no violation on /${lang}/glossary/`, async () => {
      expect(await audit(`/${lang}/glossary/`, 'map', 'light')).toEqual([]);
    });
  }
});
