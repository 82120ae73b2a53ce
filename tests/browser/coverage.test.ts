import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core 4.13 tags its rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const frameworks = ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf'];

/** Strings from locales/<lang>/coverage.json. */
const strings = {
  en: {
    samePair: 'Choose two different frameworks.',
    euAiActToNist: 'What EU AI Act covers of NIST AI RMF',
    nistToIso27001: 'What NIST AI RMF covers of ISO/IEC 27001',
    allItems: 'All items',
    clauses: 'Clauses',
  },
  he: {
    samePair: 'בחרו שתי מסגרות שונות.',
    euAiActToNist: 'מה EU AI Act מכסה מ-NIST AI RMF',
    nistToIso27001: 'מה NIST AI RMF מכסה מ-ISO/IEC 27001',
    allItems: 'כל הפריטים',
    clauses: 'סעיפים',
  },
} as const;

/** The chart of ISO/IEC 42001 items has a bar for all items, then clauses and groups A.2 to A.10. */
const annexAGroups = ['A.2', 'A.3', 'A.4', 'A.5', 'A.6', 'A.7', 'A.8', 'A.9', 'A.10'];

const levels = ['full', 'partial', 'unrated', 'none'] as const;

interface ChartRow {
  label: string;
  labelLeft: number;
  labelRight: number;
  /** Horizontal extent of each drawn segment, in level order (full, partial, unrated, none). */
  segments: { level: string; left: number; right: number; count: number }[];
}

describe.skipIf(!chromiumAvailable)('coverage pages', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage({ width: 1280, height: 900 });
  });

  afterAll(async () => {
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  const heading = async () => (await page.locator('h1').textContent())?.trim();

  /** Runs `action` with scripts turned off for the page, as in a browser without JavaScript. */
  async function withoutJavaScript(action: () => Promise<void>): Promise<void> {
    const session: CDPSession = await page.context().newCDPSession(page);
    await session.send('Emulation.setScriptExecutionDisabled', { value: true });
    try {
      await action();
    } finally {
      await session.send('Emulation.setScriptExecutionDisabled', { value: false });
      await session.detach();
    }
  }

  /** Measures every bar of the coverage chart as drawn on screen. */
  const readChart = () =>
    page.locator('figure.aa-chart svg').evaluate((svg) =>
      [...svg.querySelectorAll(':scope > g')].map((row) => {
        const label = row.querySelector('.aa-chart__label')!;
        const labelBox = label.getBoundingClientRect();
        return {
          label: label.textContent!.trim(),
          labelLeft: labelBox.left,
          labelRight: labelBox.right,
          segments: [...row.querySelectorAll('rect')].map((rect) => {
            const box = rect.getBoundingClientRect();
            const title = rect.querySelector('title')!.textContent!;
            return {
              level: rect.getAttribute('class')!.replace(/.*aa-chart__bar--/, ''),
              left: box.left,
              right: box.right,
              count: Number(title.slice(title.lastIndexOf(':') + 1)),
            };
          }),
        } satisfies ChartRow;
      }),
    );

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const text = strings[lang];

    it('opens the chosen pair from the picker', async () => {
      await page.goto(url(`/${lang}/coverage/`));
      await page.locator('select[name="having"]').selectOption('eu-ai-act');
      await page.locator('select[name="covered"]').selectOption('nist-ai-rmf');
      await page.locator('.aa-picker button[type="submit"]').click();

      await page.waitForURL(url(`/${lang}/coverage/eu-ai-act/nist-ai-rmf/`));
      expect(await heading()).toBe(text.euAiActToNist);
    });

    it('rejects the same framework twice with a message', async () => {
      const pairPage = url(`/${lang}/coverage/iso27001/iso42001/`);
      await page.goto(pairPage);
      await page.locator('select[name="having"]').selectOption('iso42001');
      await page.locator('select[name="covered"]').selectOption('iso42001');
      await page.locator('.aa-picker button[type="submit"]').click();

      await expect
        .poll(() => page.locator('.aa-picker__message').textContent())
        .toBe(text.samePair);
      expect(page.url()).toBe(pairPage);
      // The choice stays in the form, so the reader can change one of the two.
      expect(await page.locator('select[name="having"]').inputValue()).toBe('iso42001');
      expect(await page.locator('select[name="covered"]').inputValue()).toBe('iso42001');
    });

    it('links every pair without JavaScript', async () => {
      await withoutJavaScript(async () => {
        await page.goto(url(`/${lang}/coverage/`));
        const hrefs = await page
          .locator('main table a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
        const pairs = frameworks.flatMap((having) =>
          frameworks
            .filter((covered) => covered !== having)
            .map((covered) => `/${lang}/coverage/${having}/${covered}/`),
        );
        expect(hrefs.sort()).toEqual(pairs.sort());

        await page.locator(`main table a[href$="/nist-ai-rmf/iso27001/"]`).click();
        await page.waitForURL(url(`/${lang}/coverage/nist-ai-rmf/iso27001/`));
        expect(await heading()).toBe(text.nistToIso27001);
      });
    });

    it('hides the picker without JavaScript and links every pair instead', async () => {
      await withoutJavaScript(async () => {
        await page.goto(url(`/${lang}/coverage/`));
        expect(await page.locator('.aa-picker').isVisible()).toBe(false);
        await page.locator(`a[href="/${lang}/coverage/eu-ai-act/nist-ai-rmf/"]`).click();
        await page.waitForLoadState('load');
        expect(await heading()).toBe(text.euAiActToNist);
      });
    });

    it('draws one bar per group from the reading start', async () => {
      await page.goto(url(`/${lang}/coverage/iso27001/iso42001/`));
      const rows: ChartRow[] = await readChart();

      expect(rows).toHaveLength(2 + annexAGroups.length);
      expect(rows[0]!.label).toBe(text.allItems);
      expect(rows[1]!.label).toBe(text.clauses);
      rows.slice(2).forEach((row, index) => {
        expect(row.label.startsWith(`${annexAGroups[index]} `), row.label).toBe(true);
      });

      // Each row's segments follow the level order, from the right in Hebrew and the left in English.
      const rtl = lang === 'he';
      const starts = rows.map((row) => (rtl ? row.segments[0]!.right : row.segments[0]!.left));
      for (const row of rows) {
        const { segments } = row;
        expect(segments.length, row.label).toBeGreaterThan(0);
        const order = segments.map((segment) => levels.indexOf(segment.level as never));
        expect(order, row.label).toEqual([...order].sort((a, b) => a - b));
        expect(rtl ? segments[0]!.right : segments[0]!.left, row.label).toBeCloseTo(starts[0]!, 0);
        for (let index = 1; index < segments.length; index++) {
          const joint = rtl
            ? segments[index - 1]!.left - segments[index]!.right
            : segments[index]!.left - segments[index - 1]!.right;
          expect(Math.abs(joint), row.label).toBeLessThan(1);
        }
        const barsLeft = Math.min(...segments.map((segment) => segment.left));
        const barsRight = Math.max(...segments.map((segment) => segment.right));
        if (rtl) expect(row.labelLeft, row.label).toBeGreaterThanOrEqual(barsRight);
        else expect(row.labelRight, row.label).toBeLessThanOrEqual(barsLeft);
      }
    });

    it('finds no WCAG violations on a pair page', async () => {
      await page.goto(url(`/${lang}/coverage/iso27001/iso42001/`));
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const found = results.violations.flatMap((violation) =>
        violation.nodes.map((node) => `${violation.id} | ${node.target.join(' ')}`),
      );
      expect(found).toEqual([]);
    });
  });

  it('summarizes the levels that the table lists', async () => {
    await page.goto(url('/en/coverage/iso27001/iso42001/'));
    const summary = (await page.locator('#summary + p').textContent())!.replace(/\s+/g, ' ');
    const match =
      /Of (\d+) items of ISO\/IEC 42001, ISO\/IEC 27001 covers (\d+) fully and (\d+) partly; (\d+) are linked by untyped crosswalk links only and (\d+) have no link\./.exec(
        summary,
      );
    expect(match, summary).not.toBeNull();
    const [total, full, partial, unrated, none] = match!.slice(1).map(Number) as number[];

    const table = page.locator('.aa-coverage-table tbody');
    expect(await table.locator('tr').count()).toBe(total);
    expect(await table.locator('.aa-level--full').count()).toBe(full);
    expect(await table.locator('.aa-level--partial').count()).toBe(partial);
    expect(await table.locator('.aa-level--unrated').count()).toBe(unrated);
    expect(await table.locator('.aa-level--none').count()).toBe(none);

    // The Annex A line counts the 38 controls, the rows whose id starts with "A.".
    const annexA = await table
      .locator('tr')
      .evaluateAll((rows) =>
        rows
          .filter((row) => /^A\.\d/.test(row.querySelector('td')!.textContent!.trim()))
          .map((row) => row.querySelector('.aa-level')!.className.replace(/.*aa-level--/, '')),
      );
    expect(annexA).toHaveLength(38);
    const annexASummary = (await page.locator('#summary ~ p strong').textContent())!.replace(
      /\s+/g,
      ' ',
    );
    const fullControls = annexA.filter((level) => level === 'full').length;
    const partialControls = annexA.filter((level) => level === 'partial').length;
    expect(annexASummary.trim()).toBe(
      `Annex A: ISO/IEC 27001 covers ${fullControls} of the 38 controls fully and ${partialControls} partly.`,
    );

    // The chart's first bar counts all items, and the group bars add up to the same numbers.
    const rows = await readChart();
    const countsOf = (row: ChartRow) =>
      Object.fromEntries(
        [
          ...levels.map((level): [string, number] => [level, 0]),
          ...row.segments.map((segment): [string, number] => [segment.level, segment.count]),
        ],
      );
    expect(countsOf(rows[0]!)).toEqual({ full, partial, unrated, none });
    const groupSums = Object.fromEntries(levels.map((level) => [level, 0]));
    for (const row of rows.slice(1)) {
      for (const [level, count] of Object.entries(countsOf(row)))
        groupSums[level]! += count as number;
    }
    expect(groupSums).toEqual({ full, partial, unrated, none });
  });
});
