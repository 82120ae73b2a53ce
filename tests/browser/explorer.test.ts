import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';
import {
  circleCentre,
  frameworkNames,
  nodeSelector,
  openExplorer,
  readNodePosition,
  readZoom,
  type Lang,
} from '../support/explorer';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core 4.13 tags its rules. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Reads a file of catalog/ directly, so the expected counts do not come from the site's own code. */
function readCatalog<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../catalog/${path}`, import.meta.url), 'utf8')) as T;
}

interface MappingLink {
  source: string;
  target: string;
  type: string;
}

const mappingLinks = (framework: string) =>
  readCatalog<{ links: MappingLink[] }>(`mappings/${framework}-to-iso42001.json`).links;

// Every link runs from an item of another framework to an ISO/IEC 42001 item.
const links = {
  iso27001: mappingLinks('iso27001'),
  euAiAct: mappingLinks('eu-ai-act'),
  nistAiRmf: mappingLinks('nist-ai-rmf'),
};
const allLinks = [...links.iso27001, ...links.euAiAct, ...links.nistAiRmf];

const iso27001 = readCatalog<{ clauses: unknown[]; controls: unknown[] }>('iso27001/catalog.json');
const euAiAct = readCatalog<{ articles: unknown[]; annexes: unknown[] }>('eu-ai-act/catalog.json');
const itemCounts = {
  iso42001:
    readCatalog<{ clauses: unknown[] }>('iso42001/clauses.json').clauses.length +
    readCatalog<{ controls: unknown[] }>('iso42001/annex-a.json').controls.length,
  iso27001: iso27001.clauses.length + iso27001.controls.length,
  euAiAct: euAiAct.articles.length + euAiAct.annexes.length,
  nistAiRmf: readCatalog<{ subcategories: unknown[] }>('nist-ai-rmf/catalog.json').subcategories
    .length,
};
const totalItems =
  itemCounts.iso42001 + itemCounts.iso27001 + itemCounts.euAiAct + itemCounts.nistAiRmf;
const totalLinks = allLinks.length;

/** The status line, written out from locales/<lang>/explorer.json. */
const statusText = {
  en: {
    all: () => `Showing all ${totalItems} items and ${totalLinks} links.`,
    some: (items: number, shownLinks: number) =>
      `Showing ${items} of ${totalItems} items and ${shownLinks} of ${totalLinks} links; ` +
      'the rest are hidden by the filters.',
  },
  he: {
    all: () => `מוצגים כל ${totalItems} הפריטים וכל ${totalLinks} הקישורים.`,
    some: (items: number, shownLinks: number) =>
      `מוצגים ${items} מתוך ${totalItems} פריטים ו-${shownLinks} מתוך ${totalLinks} קישורים; ` +
      'השאר מוסתרים על ידי המסננים.',
  },
} as const;

/**
 * Control A.3.3 and its three links, read by hand from catalog/: ISO/IEC 27001 A.6.8
 * (intersect, strength 3), EU AI Act Article 87 (intersect, 5) and NIST AI RMF MANAGE 2.2
 * (related, 1). The panel lists them in catalog order, each with the linked item's title.
 */
const reportingOfConcerns = {
  selector: nodeSelector(frameworkNames.iso42001, 'A.3.3'),
  heading: { en: 'A.3.3 Reporting of concerns', he: 'A.3.3 דיווח על חששות' },
  meta: { en: 'ISO/IEC 42001 · links: 3.', he: 'ISO/IEC 42001 · קישורים: 3.' },
  page: 'controls/a-3-3/',
  links: [
    {
      name: 'ISO/IEC 27001 A.6.8',
      selector: nodeSelector(frameworkNames.iso27001, 'A.6.8'),
      page: 'iso27001/a-6-8/',
      type: { en: 'Intersects', he: 'חופף חלקית' },
      title: { en: 'Information security event reporting', he: 'דיווח על אירועי אבטחת מידע' },
      strength: { en: '3 of 10', he: '3 מתוך 10' },
    },
    {
      name: 'EU AI Act Article 87',
      // The node's name starts with its drawn label, which abbreviates "Article".
      nodeName: 'EU AI Act Art. 87',
      selector: nodeSelector(frameworkNames.euAiAct, 'Art. 87'),
      page: 'eu-ai-act/article-87/',
      type: { en: 'Intersects', he: 'חופף חלקית' },
      title: {
        en: 'Reporting of infringements and protection of reporting persons',
        he: 'דיווח על הפרות והגנה על המדווחים',
      },
      strength: { en: '5 of 10', he: '5 מתוך 10' },
    },
    {
      name: 'NIST AI RMF MANAGE 2.2',
      selector: nodeSelector(frameworkNames.nistAiRmf, 'MANAGE 2.2'),
      page: 'nist-ai-rmf/manage-2-2/',
      type: { en: 'Related (untyped)', he: 'קשור (ללא סיווג)' },
      title: {
        en: 'Mechanisms are in place and applied to sustain the value of deployed AI systems.',
        he: 'קיימים ומיושמים מנגנונים לשמירה על הערך של מערכות בינה מלאכותית שנפרסו.',
      },
      strength: { en: '1 of 10', he: '1 מתוך 10' },
    },
  ],
};

/** Node colours in the light and dark themes, converted by hand from src/styles/explorer.css. */
const frameworkColours = {
  iso42001: { light: 'rgb(29, 79, 145)', dark: 'rgb(141, 184, 240)' },
  iso27001: { light: 'rgb(15, 118, 110)', dark: 'rgb(94, 234, 212)' },
  'eu-ai-act': { light: 'rgb(161, 98, 7)', dark: 'rgb(250, 204, 21)' },
  'nist-ai-rmf': { light: 'rgb(126, 34, 206)', dark: 'rgb(216, 180, 254)' },
};

describe.skipIf(!chromiumAvailable)('mapping explorer', () => {
  const browser = useBrowser();
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage({ width: 1280, height: 900 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await page.close();
  });

  beforeEach(() => {
    pageErrors = [];
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  const status = async () => (await page.locator('.aa-explorer__status').textContent())?.trim();

  /** Lists the accessible names of the nodes that match `selector`, sorted. */
  async function nodeNames(selector: string): Promise<string[]> {
    const names = await page
      .locator(selector)
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.slice(0, name.indexOf(':'))).sort();
  }

  /** Returns the indexes of filtered links and of the links whose source is in `framework`. */
  async function filteredLinksAgainstSource(framework: string) {
    return page.evaluate((sourceFramework) => {
      const data = JSON.parse(document.querySelector('.aa-explorer__data')!.textContent!) as {
        nodes: { framework: string }[];
        links: { s: number }[];
      };
      const filtered = [...document.querySelectorAll('.aa-edge.is-filtered')].map((edge) =>
        Number(edge.getAttribute('data-index')),
      );
      const fromFramework = data.links.flatMap((link, index) =>
        data.nodes[link.s]!.framework === sourceFramework ? [index] : [],
      );
      return { filtered, fromFramework };
    }, framework);
  }

  const displayOf = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).display);

  async function readPanel() {
    const panel = page.locator('.aa-explorer__panel');
    return {
      visible: await panel.isVisible(),
      heading: await panel.locator('h2').textContent(),
      meta: await panel.locator('.aa-explorer__panel-meta').textContent(),
      pageLink: await panel.locator('.aa-explorer__panel-link').getAttribute('href'),
      links: await panel.locator('.aa-explorer__panel-links > li').evaluateAll((items) =>
        items.map((item) => ({
          name: item.querySelector('a')?.textContent,
          href: item.querySelector('a')?.getAttribute('href'),
          type: item.querySelector('.aa-rel')?.textContent,
          details: item.querySelector('p')?.textContent ?? '',
        })),
      ),
    };
  }

  /** Returns the accessible name of the focused element, up to its colon. */
  const focusedName = () =>
    page.evaluate(() => {
      const name = document.activeElement?.getAttribute('aria-label') ?? '';
      return name.slice(0, name.indexOf(':'));
    });

  async function selectByClick(selector: string): Promise<void> {
    const centre = await circleCentre(page, selector);
    await page.mouse.click(centre.x, centre.y);
    await page.waitForSelector(`${selector}[aria-pressed="true"]`, { timeout: 5_000 });
  }

  const queryOf = () => Object.fromEntries(new URL(page.url()).searchParams);

  const visibleRowCount = () => page.locator('.aa-explorer__table tbody tr:not([hidden])').count();

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const explorer = () => url(`/${lang}/explorer/`);
    const text = statusText[lang];

    it('filters items and links by framework', async () => {
      await openExplorer(page, explorer());
      expect(await status()).toBe(text.all());

      await page.locator('input[name="framework"][value="iso27001"]').uncheck();
      expect(await status()).toBe(
        text.some(totalItems - itemCounts.iso27001, totalLinks - links.iso27001.length),
      );
      expect(await page.locator('.aa-node.is-filtered').count()).toBe(itemCounts.iso27001);
      expect(await page.locator('.aa-node--iso27001:not(.is-filtered)').count()).toBe(0);
      expect(await displayOf('.aa-node.is-filtered')).toBe('none');
      const edges = await filteredLinksAgainstSource('iso27001');
      expect(edges.filtered).toHaveLength(links.iso27001.length);
      expect(edges.filtered).toEqual(edges.fromFramework);
      expect(await displayOf('.aa-edge.is-filtered')).toBe('none');

      await page.locator('input[name="framework"][value="iso27001"]').check();
      expect(await status()).toBe(text.all());
      expect(await page.locator('.is-filtered').count()).toBe(0);
    });

    it('filters links by relationship type', async () => {
      await openExplorer(page, explorer());
      const related = allLinks.filter((link) => link.type === 'related').length;

      await page.locator('input[name="type"][value="related"]').uncheck();
      expect(await status()).toBe(text.some(totalItems, totalLinks - related));
      expect(await page.locator('.aa-edge.is-filtered').count()).toBe(related);
      expect(await page.locator('.aa-edge.is-filtered:not(.aa-edge--related)').count()).toBe(0);
      expect(await page.locator('.aa-node.is-filtered').count()).toBe(0);

      await page.locator('input[name="type"][value="related"]').check();
      expect(await status()).toBe(text.all());
      expect(await page.locator('.is-filtered').count()).toBe(0);
    });

    it('filters items by group and resets every filter', async () => {
      await openExplorer(page, explorer());
      // Annex A group A.3 contains A.3.2 and A.3.3, so hiding it hides every link to them too.
      const groupLinks = allLinks.filter((link) => link.target.startsWith('A.3.')).length;

      await page.locator('.aa-explorer__groups > summary').click();
      await page.locator('input[name="group"][value="iso42001|A.3"]').uncheck();
      expect(await status()).toBe(text.some(totalItems - 2, totalLinks - groupLinks));
      expect(await nodeNames('.aa-node.is-filtered')).toEqual([
        'ISO/IEC 42001 A.3.2',
        'ISO/IEC 42001 A.3.3',
      ]);
      expect(await page.locator('.aa-edge.is-filtered').count()).toBe(groupLinks);

      await page.locator('input[name="framework"][value="eu-ai-act"]').uncheck();
      await page.locator('input[name="type"][value="intersect"]').uncheck();
      expect(await status()).not.toBe(text.all());

      await page.locator('.aa-explorer__filters button[type="reset"]').click();
      await expect.poll(status).toBe(text.all());
      expect(await page.locator('.is-filtered').count()).toBe(0);
      expect(await page.locator('.aa-explorer__filters input:not(:checked)').count()).toBe(0);
      await expect.poll(queryOf).toEqual({});
    });

    it('highlights a selected item and opens its panel', async () => {
      await openExplorer(page, explorer());
      await selectByClick(reportingOfConcerns.selector);

      expect(await nodeNames('.aa-node.is-selected')).toEqual(['ISO/IEC 42001 A.3.3']);
      expect(await page.getAttribute(reportingOfConcerns.selector, 'aria-pressed')).toBe('true');
      expect(await nodeNames('.aa-node.is-neighbour')).toEqual(
        reportingOfConcerns.links.map((link) => link.nodeName ?? link.name).sort(),
      );
      expect(await page.locator('.aa-edge.is-highlighted').count()).toBe(3);

      // Other items fade but stay on the graph, because a selection filters nothing out.
      const other = nodeSelector(frameworkNames.iso42001, 'A.2.2');
      const otherStyle = await page.locator(other).evaluate((node) => ({
        opacity: getComputedStyle(node).opacity,
        display: getComputedStyle(node).display,
      }));
      expect(otherStyle).toEqual({ opacity: '0.25', display: 'inline' });
      const neighbourOpacity = await page
        .locator(reportingOfConcerns.links[0]!.selector)
        .evaluate((node) => getComputedStyle(node).opacity);
      expect(neighbourOpacity).toBe('1');
      expect(await page.locator('.aa-node.is-filtered').count()).toBe(0);

      const panel = await readPanel();
      expect(panel.visible).toBe(true);
      expect(panel.heading).toBe(reportingOfConcerns.heading[lang]);
      expect(panel.meta).toBe(reportingOfConcerns.meta[lang]);
      expect(panel.pageLink).toBe(`/${lang}/${reportingOfConcerns.page}`);
      expect(panel.links).toHaveLength(3);
      reportingOfConcerns.links.forEach((expected, index) => {
        const shown = panel.links[index]!;
        expect(shown.name).toBe(expected.name);
        expect(shown.href).toBe(`/${lang}/${expected.page}`);
        expect(shown.type).toBe(expected.type[lang]);
        expect(shown.details).toContain(expected.title[lang]);
        expect(shown.details).toContain(expected.strength[lang]);
      });
    });

    it('clears the selection with Escape and Close', async () => {
      await openExplorer(page, explorer());
      const selectedName = 'ISO/IEC 42001 A.3.3';

      await selectByClick(reportingOfConcerns.selector);
      await expect.poll(() => queryOf().select).toBe('iso42001:A.3.3');
      await page.keyboard.press('Escape');
      expect(await page.locator('.aa-explorer__panel').isVisible()).toBe(false);
      expect(await page.locator('.aa-node.is-selected').count()).toBe(0);
      expect(await page.locator('aa-explorer.has-selection').count()).toBe(0);
      expect(await focusedName()).toBe(selectedName);
      await expect.poll(() => queryOf().select).toBeUndefined();

      await selectByClick(reportingOfConcerns.selector);
      await page.locator('.aa-explorer__close').click();
      expect(await page.locator('.aa-explorer__panel').isVisible()).toBe(false);
      expect(await page.locator('.aa-node.is-selected').count()).toBe(0);
      expect(await focusedName()).toBe(selectedName);
    });

    it('clears the selection with Escape inside the panel', async () => {
      await openExplorer(page, explorer());
      await selectByClick(reportingOfConcerns.selector);
      await page.locator('.aa-explorer__panel-link').focus();

      await page.keyboard.press('Escape');
      expect(await page.locator('.aa-explorer__panel').isVisible()).toBe(false);
      expect(await focusedName()).toBe('ISO/IEC 42001 A.3.3');
    });

    it('drags a node with the mouse without panning', async () => {
      await openExplorer(page, explorer());
      const selector = reportingOfConcerns.selector;
      const start = await circleCentre(page, selector);
      const before = await readNodePosition(page, selector);
      // One CSS pixel of pointer movement is viewBox width / drawn width graph units.
      const unitsPerPixel = await page
        .locator('svg.aa-explorer__svg')
        .evaluate((svg) => (svg as SVGSVGElement).viewBox.baseVal.width / svg.clientWidth);

      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + 30, start.y + 40, { steps: 5 });
      await page.mouse.up();

      const after = await readNodePosition(page, selector);
      expect(after.x - before.x).toBeCloseTo(30 * unitsPerPixel, 0);
      expect(after.y - before.y).toBeCloseTo(40 * unitsPerPixel, 0);
      expect(await readZoom(page)).toEqual({ x: 0, y: 0, k: 1 });
      // A drag is not a click, so it selects nothing.
      expect(await page.locator('.aa-node.is-selected').count()).toBe(0);
    });

    it('moves through the graph with the keyboard', async () => {
      await openExplorer(page, explorer());
      const next = lang === 'he' ? 'ArrowLeft' : 'ArrowRight';
      const previous = lang === 'he' ? 'ArrowRight' : 'ArrowLeft';

      // The graph is a single tab stop after the zoom buttons, and its first item is clause 4.
      await page.locator('[data-zoom="reset"]').focus();
      await page.keyboard.press('Tab');
      expect(await focusedName()).toBe('ISO/IEC 42001 4');
      await page.keyboard.press('Space');
      expect(await page.locator('.aa-explorer__panel h2').textContent()).toMatch(/^4 /);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.aa-node'))).toBeNull();

      // Arrows step through A.3.3 and the items linked to it, in catalog order, and wrap.
      await selectByClick(reportingOfConcerns.selector);
      const [first, second, third] = reportingOfConcerns.links.map(
        (link) => link.nodeName ?? link.name,
      );
      await page.keyboard.press(next);
      expect(await focusedName()).toBe(first);
      await page.keyboard.press(next);
      expect(await focusedName()).toBe(second);
      await page.keyboard.press('ArrowDown');
      expect(await focusedName()).toBe(third);
      await page.keyboard.press(next);
      expect(await focusedName()).toBe('ISO/IEC 42001 A.3.3');
      await page.keyboard.press(previous);
      expect(await focusedName()).toBe(third);
      await page.keyboard.press('ArrowUp');
      expect(await focusedName()).toBe(second);

      await page.keyboard.press('Space');
      expect(await page.locator('.aa-explorer__panel h2').textContent()).toMatch(/^Article 87 /);

      await page.keyboard.press('+');
      expect((await readZoom(page)).k).toBeCloseTo(1.3, 5);
      await page.keyboard.press('-');
      await page.keyboard.press('-');
      expect((await readZoom(page)).k).toBeCloseTo(1 / 1.3, 5);

      await page.keyboard.press('Enter');
      await page.waitForURL(url(`/${lang}/eu-ai-act/article-87/`));
    });

    it('keeps filters, selection and view in the URL', async () => {
      await openExplorer(page, explorer());
      await page.locator('input[name="framework"][value="eu-ai-act"]').uncheck();
      await page.locator('input[name="type"][value="related"]').uncheck();
      await selectByClick(reportingOfConcerns.selector);
      await page.locator('[data-view="table"]').click();

      await expect.poll(queryOf).toEqual({
        frameworks: 'iso42001,iso27001,nist-ai-rmf',
        types: 'equal,subset,superset,intersect',
        select: 'iso42001:A.3.3',
        view: 'table',
      });
      const shared = page.url();
      const shownLinks = [...links.iso27001, ...links.nistAiRmf].filter(
        (link) => link.type !== 'related',
      ).length;
      const expectedStatus = text.some(totalItems - itemCounts.euAiAct, shownLinks);
      expect(await status()).toBe(expectedStatus);

      const copy = await browser.newPage({ width: 1280, height: 900 });
      try {
        await openExplorer(copy, shared);
        expect(await copy.locator('.aa-explorer__status').textContent()).toBe(expectedStatus);
        const unchecked = await copy
          .locator('.aa-explorer__filters input:not(:checked)')
          .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
        expect(unchecked).toEqual(['eu-ai-act', 'related']);
        expect(await copy.locator('.aa-explorer__panel h2').textContent()).toBe(
          reportingOfConcerns.heading[lang],
        );
        expect(await copy.locator('.aa-explorer__stage').isVisible()).toBe(false);
        expect(await copy.getAttribute('[data-view="table"]', 'aria-pressed')).toBe('true');
        // Of A.3.3's three links only the one from ISO/IEC 27001 A.6.8 passes both filters.
        const rows = copy.locator('.aa-explorer__table tbody tr:not([hidden])');
        expect(await rows.count()).toBe(1);
        expect(await rows.locator('td').first().textContent()).toContain('A.6.8');
      } finally {
        await copy.close();
      }
    });

    it('opens a working view from a hand-edited URL', async () => {
      const edited = new URL(explorer());
      edited.searchParams.set('frameworks', 'iso42001,iso27001,iso9001');
      edited.searchParams.set('types', 'intersect,sideways');
      edited.searchParams.set('select', '<img src=x onerror="window.injected=1">');
      edited.searchParams.set('view', 'diagram');
      await openExplorer(page, edited.href);

      const checked = await page
        .locator(
          '.aa-explorer__filters input[name="framework"]:checked, input[name="type"]:checked',
        )
        .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
      expect(checked).toEqual(['iso42001', 'iso27001', 'intersect']);
      const shownLinks = links.iso27001.filter((link) => link.type === 'intersect').length;
      expect(await status()).toBe(text.some(itemCounts.iso42001 + itemCounts.iso27001, shownLinks));
      expect(await page.locator('.aa-explorer__panel').isVisible()).toBe(false);
      expect(await page.locator('.aa-explorer__stage').isVisible()).toBe(true);
      expect(await page.evaluate(() => 'injected' in window)).toBe(false);
      expect(await page.locator('.aa-explorer img').count()).toBe(0);

      // The view still works: selecting an item writes a clean URL without the unknown values.
      await selectByClick(reportingOfConcerns.selector);
      await expect.poll(queryOf).toEqual({
        frameworks: 'iso42001,iso27001',
        types: 'intersect',
        select: 'iso42001:A.3.3',
      });
      expect(pageErrors).toEqual([]);
    });

    it('shows the selection in the table view', async () => {
      await openExplorer(page, explorer());
      expect(await visibleRowCount()).toBe(totalLinks);
      await selectByClick(reportingOfConcerns.selector);
      expect(await visibleRowCount()).toBe(3);

      await page.locator('[data-view="table"]').click();
      expect(await page.locator('svg.aa-explorer__svg').isVisible()).toBe(false);
      expect(await page.locator('.aa-explorer__table').isVisible()).toBe(true);
      expect(await page.getAttribute('[data-view="table"]', 'aria-pressed')).toBe('true');
      expect(await page.getAttribute('[data-view="graph"]', 'aria-pressed')).toBe('false');
      const rows = await page
        .locator('.aa-explorer__table tbody tr:not([hidden])')
        .evaluateAll((shown) => shown.map((row) => row.textContent!.replace(/\s+/g, ' ').trim()));
      expect(rows).toHaveLength(3);
      reportingOfConcerns.links.forEach((link, index) => {
        expect(rows[index]).toContain(link.name);
        expect(rows[index]).toContain(link.type[lang]);
        expect(rows[index]).toContain('A.3.3');
      });

      await page.locator('[data-view="graph"]').click();
      expect(await page.locator('svg.aa-explorer__svg').isVisible()).toBe(true);
      await expect.poll(() => queryOf().view).toBeUndefined();
    });

    it('shows the graph and the full table without JavaScript', async () => {
      const session = await page.context().newCDPSession(page);
      try {
        await session.send('Emulation.setScriptExecutionDisabled', { value: true });
        await page.goto(explorer());
        expect(await page.locator('aa-explorer[data-ready]').count()).toBe(0);
        expect(await page.locator('svg.aa-explorer__svg').isVisible()).toBe(true);
        expect(await page.locator('.aa-node').count()).toBe(totalItems);
        expect(await page.locator('.aa-edge').count()).toBe(totalLinks);
        expect(await page.locator('.aa-explorer__table').isVisible()).toBe(true);
        expect(await visibleRowCount()).toBe(totalLinks);
        expect(await status()).toBe(text.all());
      } finally {
        await session.send('Emulation.setScriptExecutionDisabled', { value: false });
        await session.detach();
      }
    });

    it('colours nodes from theme custom properties', async () => {
      await openExplorer(page, explorer());
      const fills = () =>
        page.evaluate(
          () =>
            Object.fromEntries(
              ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf'].map((framework) => [
                framework,
                getComputedStyle(document.querySelector(`.aa-node--${framework} circle`)!).fill,
              ]),
            ) as Record<keyof typeof frameworkColours, string>,
        );
      const setTheme = (theme: string) =>
        page.evaluate((value) => (document.documentElement.dataset.theme = value), theme);

      for (const theme of ['light', 'dark'] as const) {
        await setTheme(theme);
        const expected = Object.fromEntries(
          Object.entries(frameworkColours).map(([framework, colours]) => [
            framework,
            colours[theme],
          ]),
        );
        expect(await fills(), `${theme} theme`).toEqual(expected);
      }

      await page.evaluate(() =>
        document.documentElement.style.setProperty('--aa-fw-iso27001', 'rgb(1, 2, 3)'),
      );
      expect((await fills()).iso27001).toBe('rgb(1, 2, 3)');
    });

    // With an item selected the table shows only its three rows. Scanning all 482 rows of the
    // same kind as well took axe about 35 s per page on a busy two-core machine.
    // The table view is scanned within the explorer only, because the rest of the page is the
    // same as in the graph view.
    it('finds no WCAG violations with a selection', async () => {
      const violations = async (view: string, include?: string) => {
        let builder = new AxeBuilder({ page }).withTags(wcagTags);
        if (include) builder = builder.include(include);
        const results = await builder.analyze();
        return results.violations.flatMap((violation) =>
          violation.nodes.map((node) => `${view} | ${violation.id} | ${node.target.join(' ')}`),
        );
      };
      await openExplorer(page, explorer());
      await selectByClick(reportingOfConcerns.selector);
      const found = await violations('graph view');
      await page.locator('[data-view="table"]').click();
      found.push(...(await violations('table view', 'aa-explorer')));
      expect(found).toEqual([]);
    });
  });

  it('mirrors the graph in Hebrew', async () => {
    /** Returns each cluster's mean horizontal offset from the graph's centre line, in pixels. */
    const clusterOffsets = () =>
      page.evaluate(() => {
        const svg = document.querySelector('svg.aa-explorer__svg')!.getBoundingClientRect();
        const centre = svg.left + svg.width / 2;
        const offset = (framework: string) => {
          const nodes = [...document.querySelectorAll(`.aa-node--${framework} circle`)];
          const sum = nodes.reduce((total, node) => {
            const box = node.getBoundingClientRect();
            return total + box.left + box.width / 2 - centre;
          }, 0);
          return sum / nodes.length;
        };
        return { iso27001: offset('iso27001'), euAiAct: offset('eu-ai-act') };
      });

    await openExplorer(page, url('/en/explorer/'));
    const english = await clusterOffsets();
    await openExplorer(page, url('/he/explorer/'));
    const hebrew = await clusterOffsets();

    expect(english.iso27001).toBeLessThan(-100);
    expect(english.euAiAct).toBeGreaterThan(100);
    expect(hebrew.iso27001).toBeGreaterThan(100);
    expect(hebrew.euAiAct).toBeLessThan(-100);
    // Hebrew positions are English ones reflected in the centre line, to within a pixel or two.
    expect(Math.abs(hebrew.iso27001 + english.iso27001)).toBeLessThan(2);
    expect(Math.abs(hebrew.euAiAct + english.euAiAct)).toBeLessThan(2);
  });
});
