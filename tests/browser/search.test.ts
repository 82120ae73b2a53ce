import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';

/** The search form's labels and a term that the A.7.5 "Data provenance" page is about. */
const text = {
  en: {
    inputLabel: 'Search the site',
    clearLabel: 'Clear the search',
    submitLabel: 'Search',
    exactIdBadge: 'Exact id',
    term: 'provenance',
    termPage: '/en/controls/a-7-5/',
  },
  he: {
    inputLabel: 'חיפוש באתר',
    clearLabel: 'ניקוי החיפוש',
    submitLabel: 'חיפוש',
    exactIdBadge: 'מזהה מדויק',
    term: 'מקור הנתונים',
    termPage: '/he/controls/a-7-5/',
  },
} as const;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** True when two boxes share an area of more than half a pixel in each direction. */
function overlaps(a: Box, b: Box): boolean {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0.5 && height > 0.5;
}

const centerX = (box: Box) => box.x + box.width / 2;

describe.skipIf(!chromiumAvailable)('site search', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  /** Waits until the status line reports the finished search for `query`. */
  async function waitForResults(query: string): Promise<void> {
    await page.waitForFunction(
      (expected) => {
        const status = document.querySelector('.aa-search__status')?.textContent ?? '';
        return status.includes(expected) && !status.endsWith('…');
      },
      query.trim(),
      { timeout: 10_000 },
    );
  }

  /** Types `query` into the search box of an open search page and returns the result paths. */
  async function typeQuery(lang: Lang, query: string): Promise<string[]> {
    const input = page.getByRole('searchbox', { name: text[lang].inputLabel });
    await input.fill('');
    await input.pressSequentially(query);
    await waitForResults(query);
    return resultPaths();
  }

  async function resultPaths(): Promise<string[]> {
    return page
      .locator('.aa-search__result > a')
      .evaluateAll((links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
  }

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const labels = text[lang];

    it('puts the control first for its id', async () => {
      await page.goto(url(`/${lang}/search/`));
      const paths = await typeQuery(lang, 'A.6.2.4');
      expect(paths[0]).toBe(`/${lang}/controls/a-6-2-4/`);
      const firstResult = page.locator('.aa-search__result').first();
      expect(await firstResult.locator('.aa-search__badge').innerText()).toBe(labels.exactIdBadge);
    });

    it('finds A.7.4 first for loosely written ids', async () => {
      await page.goto(url(`/${lang}/search/`));
      for (const query of ['a.7.4', 'A 7.4', 'A7.4']) {
        const paths = await typeQuery(lang, query);
        expect(paths[0], `first result for "${query}"`).toBe(`/${lang}/controls/a-7-4/`);
      }
    });

    it('finds a page that contains a term', async () => {
      await page.goto(url(`/${lang}/search/`));
      const paths = await typeQuery(lang, labels.term);
      expect(paths[0]).toBe(labels.termPage);

      const marks = await page
        .locator('.aa-search__result')
        .first()
        .locator('mark')
        .allInnerTexts();
      const firstWord = labels.term.split(' ')[0]!;
      // Pagefind marks whole words, punctuation included: "provenance." counts as a hit.
      const highlighted = marks.filter((mark) => mark.toLowerCase().includes(firstWord));
      expect(highlighted, `highlights in the first excerpt: ${marks.join(', ')}`).not.toEqual([]);

      await page.locator('.aa-search__result > a').first().click();
      await page.waitForURL(url(labels.termPage));
      const article = (await page.locator('article').innerText()).toLowerCase();
      expect(article).toContain(labels.term);
    });

    it('runs the query from the address on load', async () => {
      await page.goto(url(`/${lang}/search/?q=${encodeURIComponent('A.6.2.4')}`));
      await waitForResults('A.6.2.4');
      expect(await page.getByRole('searchbox', { name: labels.inputLabel }).inputValue()).toBe(
        'A.6.2.4',
      );
      expect((await resultPaths())[0]).toBe(`/${lang}/controls/a-6-2-4/`);

      await page.goto(url(`/${lang}/search/?q=${encodeURIComponent(labels.term)}`));
      await waitForResults(labels.term);
      expect((await resultPaths())[0]).toBe(labels.termPage);
    });

    it('clears the query, the results and the address', async () => {
      await page.goto(url(`/${lang}/search/?q=A.6.2.4`));
      await waitForResults('A.6.2.4');
      await page.getByRole('button', { name: labels.clearLabel }).click();

      expect(await page.getByRole('searchbox', { name: labels.inputLabel }).inputValue()).toBe('');
      expect(await page.getByRole('button', { name: labels.clearLabel }).isVisible()).toBe(false);
      // The results and the address update once the reader stops typing, not at once.
      await expect.poll(() => page.locator('.aa-search__result').count()).toBe(0);
      await expect.poll(() => new URL(page.url()).searchParams.has('q')).toBe(false);
    });

    for (const width of [1280, 360]) {
      it(`lays out the field and results at ${width} px`, async () => {
        await page.setViewportSize({ width, height: 800 });
        try {
          await page.goto(url(`/${lang}/search/`));
          await typeQuery(lang, labels.term);
          await checkFieldLayout(lang);
          await checkExcerptAlignment(lang);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      });
    }
  });

  /**
   * Checks the search field with a query typed in. The icon sits at the inline start of the input
   * (right in Hebrew) and the clear button at its inline end. No two of icon, clear button, text
   * area and submit button overlap.
   */
  async function checkFieldLayout(lang: Lang): Promise<void> {
    const labels = text[lang];
    const input = page.getByRole('searchbox', { name: labels.inputLabel });
    const clear = page.getByRole('button', { name: labels.clearLabel });
    const submit = page.getByRole('button', { name: labels.submitLabel, exact: true });
    expect(await clear.isVisible(), 'the clear button shows once text is typed').toBe(true);

    const inputBox = (await input.boundingBox())!;
    const iconBox = (await page.locator('.aa-search__icon').boundingBox())!;
    const clearBox = (await clear.boundingBox())!;
    const submitBox = (await submit.boundingBox())!;
    const inputStyle = await input.evaluate((element) => {
      const style = getComputedStyle(element);
      return {
        direction: style.direction,
        startInset: parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
        endInset: parseFloat(style.paddingRight) + parseFloat(style.borderRightWidth),
      };
    });
    const textArea: Box = {
      x: inputBox.x + inputStyle.startInset,
      y: inputBox.y,
      width: inputBox.width - inputStyle.startInset - inputStyle.endInset,
      height: inputBox.height,
    };

    expect(inputStyle.direction).toBe(lang === 'he' ? 'rtl' : 'ltr');
    for (const [name, box] of [
      ['icon', iconBox],
      ['clear button', clearBox],
    ] as const) {
      expect(box.x, `${name} starts inside the input`).toBeGreaterThanOrEqual(inputBox.x);
      expect(box.x + box.width, `${name} ends inside the input`).toBeLessThanOrEqual(
        inputBox.x + inputBox.width,
      );
    }
    const iconOnRight = centerX(iconBox) > centerX(inputBox);
    const clearOnRight = centerX(clearBox) > centerX(inputBox);
    expect(iconOnRight, 'search icon on the right').toBe(lang === 'he');
    expect(clearOnRight, 'clear button on the right').toBe(lang === 'en');

    const parts = { icon: iconBox, clear: clearBox, text: textArea, submit: submitBox };
    const overlapping = Object.entries(parts).flatMap(([name, box], index) =>
      Object.entries(parts)
        .slice(index + 1)
        .filter(([, other]) => overlaps(box, other))
        .map(([otherName]) => `${name} overlaps ${otherName}`),
    );
    expect(overlapping).toEqual([]);
  }

  /** Checks that each excerpt's first line starts at the inline start of its paragraph. */
  async function checkExcerptAlignment(lang: Lang): Promise<void> {
    const excerpts = await page.locator('.aa-search__result p').evaluateAll((paragraphs) =>
      paragraphs.slice(0, 5).map((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
        const firstLineTop = Math.min(...lines.map((rect) => rect.top));
        const firstLine = lines.filter((rect) => rect.top < firstLineTop + 2);
        const box = paragraph.getBoundingClientRect();
        return {
          direction: getComputedStyle(paragraph).direction,
          gapAtLeft: Math.min(...firstLine.map((rect) => rect.left)) - box.left,
          gapAtRight: box.right - Math.max(...firstLine.map((rect) => rect.right)),
        };
      }),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    for (const [index, excerpt] of excerpts.entries()) {
      expect(excerpt.direction, `excerpt ${index + 1} direction`).toBe(
        lang === 'he' ? 'rtl' : 'ltr',
      );
      const startGap = lang === 'he' ? excerpt.gapAtRight : excerpt.gapAtLeft;
      expect(startGap, `excerpt ${index + 1} starts at the inline start`).toBeLessThan(1);
    }
  }

  describe('dialog', () => {
    it('opens by key and link, closes on Escape', async () => {
      await page.goto(url('/en/controls/a-6-2-4/'));
      const dialog = page.locator('dialog.aa-search-dialog');
      const input = dialog.getByRole('searchbox', { name: text.en.inputLabel });

      await page.keyboard.press('Control+k');
      expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
      expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
      await input.pressSequentially('A.6.2.4');
      await waitForResults('A.6.2.4');
      expect((await resultPaths())[0]).toBe('/en/controls/a-6-2-4/');

      await page.keyboard.press('Escape');
      expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);

      const launcher = page.locator('header a[data-search-launcher]');
      await launcher.click();
      expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
      await page.keyboard.press('Escape');
      expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
      expect(
        await launcher.evaluate((element) => element === document.activeElement),
        'focus returns to the search link',
      ).toBe(true);
    });
  });
});
