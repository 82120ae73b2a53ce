import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';
import { listPages, loadPage } from '../support/dist';

type Lang = 'en' | 'he';

/** One page of each type, relative to the language prefix. "no-such-page/" is served as the 404. */
const pageTypes = [
  '',
  'guides/',
  'guides/first-controls/',
  'clauses/',
  'clauses/6/',
  'controls/',
  'controls/a-6-2-4/',
  'faq/',
  'search/?q=A.6.2.4',
  'sitemap/',
  'no-such-page/',
  'frameworks/',
  'iso27001/',
  'iso27001/clauses/4/',
  'iso27001/a-5-1/',
  'eu-ai-act/',
  'eu-ai-act/article-9/',
  'nist-ai-rmf/',
  'nist-ai-rmf/govern-1-1/',
  'coverage/',
  'coverage/iso42001/eu-ai-act/',
  'explorer/',
  'downloads/',
  'glossary/',
  'topics/',
];

const direction = { en: 'ltr', he: 'rtl' } as const;

interface IslandLayout {
  id: string;
  blockDirection: string;
  islandDirection: string;
  islandLines: number;
  islandLeft: number;
  islandRight: number;
  contentLeft: number;
  contentRight: number;
  /** Vertical distance from the top of the block's first line to the top of the island. */
  offsetFromFirstLine: number;
  firstLineLeft: number;
  firstLineRight: number;
  /** Left edge of each character of the id, in reading order. */
  characterLefts: number[];
  /** Boxes of the text after the id that sit on the id's line. */
  followingOnSameLine: { left: number; right: number }[];
}

/**
 * Finds the first of `blocks` that begins with an isolated id (a span[dir="ltr"] before any
 * other text) and measures how that id and the line around it are laid out. Runs in the page.
 */
function measureLeadingIsland(blocks: Element[]): IslandLayout | null {
  const leadingIsland = (block: Element) => {
    const first = [...block.childNodes].find(
      (node) => node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() !== '',
    );
    return first instanceof HTMLElement && first.matches('span[dir="ltr"]') ? first : null;
  };
  const block = blocks.find((candidate) => leadingIsland(candidate) !== null);
  if (!block) return null;
  const island = leadingIsland(block)!;
  const blockStyle = getComputedStyle(block);
  const blockBox = block.getBoundingClientRect();
  const islandBox = island.getBoundingClientRect();

  const contents = document.createRange();
  contents.selectNodeContents(block);
  const lineBoxes = [...contents.getClientRects()].filter((rect) => rect.width > 0);
  const firstLineTop = Math.min(...lineBoxes.map((rect) => rect.top));
  const firstLine = lineBoxes.filter((rect) => rect.top < firstLineTop + rect.height / 2);

  const textNode = island.firstChild as Text;
  const start = textNode.data.search(/\S/);
  const id = textNode.data.trim();
  const characterLefts = [...id].map((_, index) => {
    const character = document.createRange();
    character.setStart(textNode, start + index);
    character.setEnd(textNode, start + index + 1);
    return character.getBoundingClientRect().left;
  });

  const following = document.createRange();
  following.setStartAfter(island);
  following.setEnd(block, block.childNodes.length);
  const followingOnSameLine = [...following.getClientRects()]
    .filter((rect) => rect.width > 0)
    .filter((rect) => rect.top + rect.height / 2 > islandBox.top)
    .filter((rect) => rect.top + rect.height / 2 < islandBox.bottom)
    .map((rect) => ({ left: rect.left, right: rect.right }));

  return {
    id,
    blockDirection: blockStyle.direction,
    islandDirection: getComputedStyle(island).direction,
    islandLines: island.getClientRects().length,
    islandLeft: islandBox.left,
    islandRight: islandBox.right,
    contentLeft:
      blockBox.left + parseFloat(blockStyle.borderLeftWidth) + parseFloat(blockStyle.paddingLeft),
    contentRight:
      blockBox.right -
      parseFloat(blockStyle.borderRightWidth) -
      parseFloat(blockStyle.paddingRight),
    offsetFromFirstLine: islandBox.top - firstLineTop,
    firstLineLeft: Math.min(...firstLine.map((rect) => rect.left)),
    firstLineRight: Math.max(...firstLine.map((rect) => rect.right)),
    characterLefts,
    followingOnSameLine,
  };
}

interface IdBlock {
  path: string;
  /** The block is the first element matching this selector that begins with an isolated id. */
  selector: string;
  /** Which inline side the block's lines are aligned to; the next-page link aligns to its arrow. */
  align: 'start' | 'end';
}

/** Blocks that begin with a Latin id, on pages of each language. */
const idBlocks: Record<Lang, IdBlock[]> = {
  he: [
    { path: '/he/controls/a-6-2-4/', selector: 'article h1', align: 'start' },
    {
      path: '/he/controls/a-6-2-4/',
      selector: '.aa-sidebar a[aria-current="page"]',
      align: 'start',
    },
    {
      path: '/he/controls/a-6-2-4/',
      selector: '.aa-pager__link--previous .aa-pager__title',
      align: 'start',
    },
    {
      path: '/he/controls/a-6-2-4/',
      selector: '.aa-pager__link--next .aa-pager__title',
      align: 'end',
    },
    { path: '/he/controls/a-6-2-4/', selector: '.aa-related a', align: 'start' },
    { path: '/he/controls/', selector: 'article h2', align: 'start' },
    { path: '/he/controls/', selector: '.aa-card a', align: 'start' },
    { path: '/he/clauses/6/', selector: '.aa-subclauses li li', align: 'start' },
  ],
  en: [
    { path: '/en/controls/a-6-2-4/', selector: 'article h1', align: 'start' },
    {
      path: '/en/controls/a-6-2-4/',
      selector: '.aa-sidebar a[aria-current="page"]',
      align: 'start',
    },
  ],
};

/**
 * Returns the first built Hebrew content page with a written `tag` (a paragraph or list item of
 * the article, not one the layout generates) that begins with an isolated id.
 */
function findContentBlockWithLeadingId(tag: string): { path: string; selector: string } | null {
  const selector = `article ${tag}:not(.aa-facts ${tag}, .aa-related ${tag}, .aa-subclauses ${tag})`;
  const contentPages = listPages().filter((path) =>
    /^\/he\/(guides|clauses|controls)\/[^/]+\/$/.test(path),
  );
  for (const path of contentPages) {
    const blocks = [...loadPage(path).querySelectorAll(selector)];
    const begins = blocks.some((block) => {
      const first = [...block.childNodes].find(
        (node) => node.nodeType !== 3 || (node.textContent ?? '').trim() !== '',
      );
      return (first as Element | undefined)?.matches?.('span[dir="ltr"]') ?? false;
    });
    if (begins) return { path, selector };
  }
  return null;
}

describe.skipIf(!chromiumAvailable)('right-to-left layout', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  describe('page direction', () => {
    for (const lang of ['en', 'he'] as const) {
      for (const path of pageTypes) {
        it(`sets lang and dir on /${lang}/${path}`, async () => {
          const response = await page.goto(url(`/${lang}/${path}`));
          expect(response?.status()).toBe(path === 'no-such-page/' ? 404 : 200);
          const html = await page.evaluate(() => ({
            lang: document.documentElement.getAttribute('lang'),
            dir: document.documentElement.getAttribute('dir'),
            bodyDirection: getComputedStyle(document.body).direction,
          }));
          expect(html).toEqual({ lang, dir: direction[lang], bodyDirection: direction[lang] });
        });
      }
    }

    it('serves the Hebrew 404 page for an unknown Hebrew address', async () => {
      await page.goto(url('/he/no-such-page/'));
      expect(await page.locator('h1').innerText()).toBe('הדף לא נמצא');
    });

    it('sets lang and dir on the language chooser', async () => {
      // The chooser redirects at once when scripts run, so it is read as a reader without them.
      const session = await page.context().newCDPSession(page);
      await session.send('Emulation.setScriptExecutionDisabled', { value: true });
      try {
        await page.goto(url('/'));
        expect(new URL(page.url()).pathname).toBe('/');
        const chooser = await page.evaluate(() => ({
          lang: document.documentElement.getAttribute('lang'),
          dir: document.documentElement.getAttribute('dir'),
          items: [...document.querySelectorAll('main li')].map((item) => ({
            lang: item.getAttribute('lang'),
            direction: getComputedStyle(item).direction,
          })),
        }));
        expect(chooser).toEqual({
          lang: 'en',
          dir: 'ltr',
          items: [
            { lang: 'en', direction: 'ltr' },
            { lang: 'he', direction: 'rtl' },
          ],
        });
      } finally {
        await session.send('Emulation.setScriptExecutionDisabled', { value: false });
        await session.detach();
      }
    });
  });

  describe('previous and next links', () => {
    async function pagerLayout() {
      return page.evaluate(() => {
        const measure = (selector: string) => {
          const link = document.querySelector(selector)!;
          const icon = link.querySelector('.aa-icon--directional')!;
          const hint = link.querySelector('.aa-pager__hint')!;
          const linkBox = link.getBoundingClientRect();
          const iconBox = icon.getBoundingClientRect();
          const hintBox = hint.getBoundingClientRect();
          return {
            left: linkBox.left,
            right: linkBox.right,
            iconCenter: iconBox.left + iconBox.width / 2,
            hintCenter: hintBox.left + hintBox.width / 2,
          };
        };
        return {
          previous: measure('.aa-pager__link--previous'),
          next: measure('.aa-pager__link--next'),
        };
      });
    }

    /** Returns the horizontal scale of each directional icon's computed transform. */
    async function iconScalesX(): Promise<{ place: string; scaleX: number }[]> {
      return page.locator('.aa-icon--directional').evaluateAll((icons) =>
        icons.map((icon) => {
          const transform = getComputedStyle(icon).transform;
          const place = icon.closest('nav')?.className ?? 'page';
          return { place, scaleX: transform === 'none' ? 1 : new DOMMatrix(transform).a };
        }),
      );
    }

    it('puts previous on the right and mirrors icons in Hebrew', async () => {
      await page.goto(url('/he/controls/a-2-3/'));
      const layout = await pagerLayout();
      expect(layout.previous.left, 'previous sits right of next').toBeGreaterThanOrEqual(
        layout.next.right,
      );
      expect(layout.previous.iconCenter, 'previous icon on its outer, right side').toBeGreaterThan(
        layout.previous.hintCenter,
      );
      expect(layout.next.iconCenter, 'next icon on its outer, left side').toBeLessThan(
        layout.next.hintCenter,
      );

      const scales = await iconScalesX();
      expect(scales.map(({ place }) => place)).toContain('aa-breadcrumbs');
      expect(scales.map(({ place }) => place)).toContain('aa-pager');
      for (const { place, scaleX } of scales) {
        expect(scaleX, `icon in ${place} is flipped horizontally`).toBe(-1);
      }
    });

    it('keeps previous on the left and icons unmirrored in English', async () => {
      await page.goto(url('/en/controls/a-2-3/'));
      const layout = await pagerLayout();
      expect(layout.next.left, 'next sits right of previous').toBeGreaterThanOrEqual(
        layout.previous.right,
      );
      expect(layout.previous.iconCenter).toBeLessThan(layout.previous.hintCenter);
      expect(layout.next.iconCenter).toBeGreaterThan(layout.next.hintCenter);
      for (const { place, scaleX } of await iconScalesX()) {
        expect(scaleX, `icon in ${place} is not flipped`).toBe(1);
      }
    });

    it('orders the Hebrew breadcrumbs from the right', async () => {
      await page.goto(url('/he/controls/a-2-3/'));
      const lefts = await page
        .locator('.aa-breadcrumbs li')
        .evaluateAll((items) => items.map((item) => item.getBoundingClientRect().left));
      expect(lefts.length).toBe(4);
      for (let index = 1; index < lefts.length; index++) {
        expect(lefts[index], `crumb ${index + 1} sits left of crumb ${index}`).toBeLessThan(
          lefts[index - 1]!,
        );
      }
    });
  });

  describe('ids inside Hebrew text', () => {
    /** Checks that the id is one left-to-right island at the inline start of the first line. */
    function expectLeadingIsland(island: IslandLayout, lang: Lang, align: 'start' | 'end'): void {
      expect(island.id).toMatch(/^[A-Za-z0-9./: -]+$/);
      expect(island.blockDirection).toBe(direction[lang]);
      expect(island.islandDirection).toBe('ltr');
      expect(island.islandLines, 'the id is split across lines').toBe(1);
      const sorted = [...island.characterLefts].sort((a, b) => a - b);
      expect(island.characterLefts, 'characters of the id read left to right').toEqual(sorted);
      expect(Math.abs(island.offsetFromFirstLine), 'the id is on the first line').toBeLessThan(4);

      if (lang === 'he') {
        expect(island.islandRight, 'the id starts the line').toBeCloseTo(island.firstLineRight, 0);
        const edge = align === 'start' ? island.contentRight : island.contentLeft;
        const lineEdge = align === 'start' ? island.firstLineRight : island.firstLineLeft;
        expect(lineEdge, `the line is aligned to its ${align}`).toBeCloseTo(edge, 0);
        for (const box of island.followingOnSameLine) {
          expect(box.right, 'text after the id continues to its left').toBeLessThanOrEqual(
            island.islandLeft + 0.5,
          );
        }
      } else {
        expect(island.islandLeft, 'the id starts the line').toBeCloseTo(island.firstLineLeft, 0);
        expect(island.firstLineLeft).toBeCloseTo(island.contentLeft, 0);
        for (const box of island.followingOnSameLine) {
          expect(box.left).toBeGreaterThanOrEqual(island.islandRight - 0.5);
        }
      }
    }

    for (const lang of ['he', 'en'] as const) {
      for (const { path, selector, align } of idBlocks[lang]) {
        const side = lang === 'he' ? 'right' : 'left';
        it(`keeps the leading id whole at the ${side} of ${selector} on ${path}`, async () => {
          await page.goto(url(path));
          const island = await page.locator(selector).evaluateAll(measureLeadingIsland);
          if (!island) throw new Error(`No "${selector}" on ${path} begins with an isolated id.`);
          expectLeadingIsland(island, lang, align);
        });
      }
    }

    // Written content changes, so the paragraph and list item are looked up in the built pages.
    for (const tag of ['p', 'li']) {
      it(`keeps the leading id whole at the right of a Hebrew content ${tag}`, async (context) => {
        const found = findContentBlockWithLeadingId(tag);
        if (!found) {
          context.skip(`no Hebrew guide, clause or control has a ${tag} that begins with an id`);
          return;
        }
        await page.goto(url(found.path));
        const island = await page.locator(found.selector).evaluateAll(measureLeadingIsland);
        expect(island, `${found.selector} on ${found.path}`).not.toBeNull();
        expectLeadingIsland(island!, 'he', 'start');
      });
    }

    it('isolates the id in the Hebrew page title', async () => {
      await page.goto(url('/he/controls/a-6-2-4/'));
      expect(await page.title()).toBe(
        '\u2066A.6.2.4\u2069 אימות ותיקוף של מערכת בינה מלאכותית · AIMS Atlas',
      );
    });
  });

  describe('code blocks in Hebrew', () => {
    for (const width of [360, 1280]) {
      it(`keeps the code block left to right at ${width} px`, async () => {
        await page.setViewportSize({ width, height: 800 });
        try {
          await page.goto(url('/he/guides/first-controls/'));
          const blocks = page.locator('article pre');
          expect(
            await blocks.count(),
            'no code block on /he/guides/first-controls/',
          ).toBeGreaterThan(0);

          for (const pre of await blocks.all()) {
            await pre.scrollIntoViewIfNeeded();
            const layout = await pre.evaluate((element) => {
              const style = getComputedStyle(element);
              const box = element.getBoundingClientRect();
              const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
              let first: Text | null = null;
              let offset = -1;
              while (walker.nextNode()) {
                const node = walker.currentNode as Text;
                offset = node.data.search(/\S/);
                if (offset >= 0) {
                  first = node;
                  break;
                }
              }
              const character = document.createRange();
              if (first) {
                character.setStart(first, offset);
                character.setEnd(first, offset + 1);
              }
              return {
                direction: style.direction,
                scrollLeft: element.scrollLeft,
                contentLeft:
                  box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft),
                firstCharacterLeft: first ? character.getBoundingClientRect().left : null,
              };
            });
            expect(layout.direction).toBe('ltr');
            expect(layout.scrollLeft).toBe(0);
            expect(layout.firstCharacterLeft, 'the line starts at the left edge').not.toBeNull();
            expect(layout.firstCharacterLeft!).toBeCloseTo(layout.contentLeft, 0);

            const copyButton = pre.locator('xpath=..').getByRole('button', { name: 'העתקה' });
            expect(await copyButton.isVisible(), 'the copy button shows').toBe(true);
            const preBox = (await pre.boundingBox())!;
            const buttonBox = (await copyButton.boundingBox())!;
            const apart =
              buttonBox.y + buttonBox.height <= preBox.y + 0.5 ||
              buttonBox.y >= preBox.y + preBox.height - 0.5 ||
              buttonBox.x + buttonBox.width <= preBox.x + 0.5 ||
              buttonBox.x >= preBox.x + preBox.width - 0.5;
            expect(apart, 'the copy button covers the code').toBe(true);
          }
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      });
    }
  });

  describe('phone width', () => {
    for (const lang of ['en', 'he'] as const) {
      it(`has no horizontal overflow at 360 px in ${lang}`, async () => {
        await page.setViewportSize({ width: 360, height: 780 });
        try {
          for (const path of pageTypes) {
            await page.goto(url(`/${lang}/${path}`));
            if (path.startsWith('search/')) await page.waitForSelector('.aa-search__result');
            const overflow = await page.evaluate(() => {
              const width = document.documentElement.clientWidth;
              const clipped = (element: Element) => {
                for (let node = element.parentElement; node; node = node.parentElement) {
                  if (node === document.body) return false;
                  if (getComputedStyle(node).overflowX !== 'visible') return true;
                }
                return false;
              };
              const offenders = [...document.body.querySelectorAll('*')]
                .filter((element) => {
                  const box = element.getBoundingClientRect();
                  if (box.width === 0 || box.height === 0) return false;
                  if (element.closest('.aa-visually-hidden')) return false;
                  return (box.left < -1 || box.right > width + 1) && !clipped(element);
                })
                .map((element) => {
                  const box = element.getBoundingClientRect();
                  const name = `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`;
                  return `${name} spans ${Math.round(box.left)}..${Math.round(box.right)}`;
                });
              return { scrollWidth: document.documentElement.scrollWidth, width, offenders };
            });
            expect(overflow.scrollWidth, `page width of /${lang}/${path}`).toBeLessThanOrEqual(
              overflow.width,
            );
            expect(overflow.offenders, `elements outside the viewport on /${lang}/${path}`).toEqual(
              [],
            );
          }
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      });
    }
  });
});
