import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Lang = 'en' | 'he';

/** What a reader sees around the map in each language, typed from the rendered pages. */
const text = {
  en: {
    listButton: 'List',
    mapButton: 'Map',
    zoomReset: 'Reset zoom',
    homeName: /^Home, Tools and reference, \d+ connections$/,
    toolsCluster: 'Tools and reference',
    shownOnly: 'Showing only these clusters:',
    noneShown: 'No cluster is selected, so the map is empty. Select a cluster to show its topics.',
    allShown: 'Showing every cluster.',
  },
  he: {
    listButton: 'רשימה',
    mapButton: 'מפה',
    zoomReset: 'איפוס התצוגה',
    homeName: /^דף הבית, כלים ועיון, \d+ קשרים$/,
    toolsCluster: 'כלים ועיון',
    shownOnly: 'מוצגים רק האשכולות:',
    noneShown: 'לא נבחר אף אשכול, ולכן המפה ריקה. בחרו אשכול כדי להציג את הנושאים שלו.',
    allShown: 'כל האשכולות מוצגים.',
  },
} as const;

/** The arrow that moves towards the start of a line and the one that moves towards its end. */
const arrows = {
  en: { start: 'ArrowLeft', end: 'ArrowRight' },
  he: { start: 'ArrowRight', end: 'ArrowLeft' },
} as const;

describe.skipIf(!chromiumAvailable)('topic map', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  async function openTopics(lang: Lang): Promise<void> {
    await page.goto(url(`/${lang}/topics/`));
    await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
  }

  /** Returns the focused topic: its index, href, centre on screen and its neighbours' indexes. */
  async function focusedTopic() {
    return page.evaluate(() => {
      const node = document.activeElement as SVGAElement | null;
      if (!node?.classList.contains('aa-topic')) return null;
      const index = Number(node.dataset.index);
      const data = JSON.parse(document.querySelector('.aa-topic-map__data')!.textContent!) as {
        edges: [number, number][];
      };
      const neighbours = data.edges
        .filter((edge) => edge.includes(index))
        .map(([a, b]) => (a === index ? b : a));
      const box = node.querySelector('circle')!.getBoundingClientRect();
      const tabStops = document.querySelectorAll('.aa-topic[tabindex="0"]').length;
      return {
        index,
        href: node.getAttribute('href')!,
        // Page coordinates: moving the focus may scroll the page to bring the topic into view.
        x: box.left + box.width / 2 + scrollX,
        y: box.top + box.height / 2 + scrollY,
        neighbours,
        tabStops,
      };
    });
  }

  describe.each(['en', 'he'] as const)('in %s', (lang) => {
    const labels = text[lang];

    it('shows the summary on Tab focus', async () => {
      await openTopics(lang);
      await page.getByRole('button', { name: labels.zoomReset }).focus();
      await page.keyboard.press('Tab');
      const topic = await focusedTopic();
      expect(topic?.href).toBe(`/${lang}/`);
      expect(topic?.tabStops).toBe(1);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(
        labels.homeName,
      );
      const caption = await page.locator('.aa-topic-map__caption').innerText();
      const summary = await page
        .locator('.aa-topic-map__list li[data-index="0"] .aa-topic-list__summary')
        .innerText();
      expect(caption).toContain(summary.trim());
      expect(await page.locator('.aa-topic-map__highlight line').count()).toBe(
        topic!.neighbours.length,
      );
    });

    it('moves to connected topics by arrow keys', async () => {
      await openTopics(lang);
      await page.locator('.aa-topic[data-index="0"]').focus();
      for (const key of [
        'ArrowDown',
        arrows[lang].end,
        'ArrowUp',
        arrows[lang].start,
        'ArrowDown',
      ]) {
        const before = (await focusedTopic())!;
        await page.keyboard.press(key);
        const after = (await focusedTopic())!;
        if (after.index === before.index) continue;
        expect(before.neighbours, `${key} from topic ${before.index}`).toContain(after.index);
        if (key === 'ArrowDown') expect(after.y).toBeGreaterThan(before.y);
        if (key === 'ArrowUp') expect(after.y).toBeLessThan(before.y);
        if (key === 'ArrowRight') expect(after.x).toBeGreaterThan(before.x);
        if (key === 'ArrowLeft') expect(after.x).toBeLessThan(before.x);
        expect(after.tabStops).toBe(1);
      }
      const moved = (await focusedTopic())!;
      expect(moved.index).not.toBe(0);
    });

    it('opens the focused topic with Enter', async () => {
      await openTopics(lang);
      await page.locator('.aa-topic[data-index="0"]').focus();
      await page.keyboard.press('ArrowDown');
      const topic = (await focusedTopic())!;
      expect(topic.index).not.toBe(0);
      await page.keyboard.press('Enter');
      await page.waitForURL(url(topic.href));
    });

    it('opens a topic with a click', async () => {
      await openTopics(lang);
      const node = page.locator('.aa-topic[href$="/controls/a-6-2-4/"]');
      await node.locator('circle').click({ force: true });
      await page.waitForURL(url(`/${lang}/controls/a-6-2-4/`));
    });

    it('switches to the list view and back', async () => {
      await openTopics(lang);
      const mapHrefs = await page
        .locator('.aa-topic')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')).sort());
      await page.getByRole('button', { name: labels.listButton }).click();
      expect(await page.locator('.aa-topic-map__svg').isVisible()).toBe(false);
      const list = page.locator('.aa-topic-map__list');
      expect(await list.isVisible()).toBe(true);
      const listHrefs = await list
        .locator('li > a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href')).sort());
      expect(listHrefs).toEqual(mapHrefs);
      expect(
        await page.getByRole('button', { name: labels.listButton }).getAttribute('aria-pressed'),
      ).toBe('true');

      await list.locator('li > a').first().focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((address) => !address.pathname.endsWith('/topics/'));

      await openTopics(lang);
      await page.getByRole('button', { name: labels.listButton }).click();
      await page.getByRole('button', { name: labels.mapButton }).click();
      expect(await page.locator('.aa-topic-map__svg').isVisible()).toBe(true);
      expect(await list.isVisible()).toBe(false);
    });

    it('filters clusters from the legend', async () => {
      await openTopics(lang);
      const status = page.locator('.aa-topic-map__status');
      const tools = page.getByRole('checkbox', { name: labels.toolsCluster });
      await tools.uncheck();
      expect(await status.innerText()).toContain(labels.shownOnly);
      expect(await status.innerText()).not.toContain(labels.toolsCluster);
      const visibleTools = await page
        .locator('.aa-topic[data-cluster="site"]')
        .evaluateAll(
          (nodes) => nodes.filter((node) => node.getBoundingClientRect().width > 0).length,
        );
      expect(visibleTools).toBe(0);
      expect(await page.locator('.aa-topic-list[data-cluster="site"]').isHidden()).toBe(true);

      const tabStop = page.locator('.aa-topic[tabindex="0"]');
      expect(await tabStop.count()).toBe(1);
      expect(await tabStop.getAttribute('data-cluster')).not.toBe('site');
      await tabStop.focus();
      for (const key of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        await page.keyboard.press(key);
        const cluster = await page.evaluate(
          () => (document.activeElement as HTMLElement).dataset.cluster,
        );
        expect(cluster, key).not.toBe('site');
      }

      for (const box of await page.locator('.aa-topic-map__legend input').all())
        await box.uncheck();
      expect(await status.innerText()).toBe(labels.noneShown);
      for (const box of await page.locator('.aa-topic-map__legend input').all()) await box.check();
      expect(await status.innerText()).toBe(labels.allShown);
    });

    it('zooms by buttons and keys', async () => {
      await openTopics(lang);
      const scale = async () => {
        const transform = await page.locator('.aa-topic-map__viewport').getAttribute('transform');
        return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 1);
      };
      await page.getByRole('button', { name: lang === 'en' ? 'Zoom in' : 'הגדלה' }).click();
      expect(await scale()).toBeCloseTo(1.4, 5);
      await page.locator('.aa-topic[data-index="0"]').focus();
      await page.keyboard.press('+');
      expect(await scale()).toBeCloseTo(1.96, 5);
      await page.keyboard.press('-');
      expect(await scale()).toBeCloseTo(1.4, 5);
      await page.getByRole('button', { name: labels.zoomReset }).click();
      expect(await page.locator('.aa-topic-map__viewport').getAttribute('transform')).toBe(
        'translate(0,0) scale(1)',
      );
    });
  });

  describe('theme', () => {
    it('follows the theme colours', async () => {
      const colours = async (scheme: 'light' | 'dark') => {
        await page.emulateMedia({ colorScheme: scheme });
        await openTopics('en');
        return page.evaluate(() => ({
          guides: getComputedStyle(document.querySelector('.aa-topic--guides circle')!).fill,
          label: getComputedStyle(document.querySelector('.aa-topic__label')!).fill,
          text: getComputedStyle(document.body).color,
        }));
      };
      try {
        const light = await colours('light');
        const dark = await colours('dark');
        expect(light.guides).toBe('rgb(21, 128, 61)');
        expect(dark.guides).toBe('rgb(134, 239, 172)');
        expect(light.label).toBe(light.text);
        expect(dark.label).toBe(dark.text);
      } finally {
        await page.emulateMedia({ colorScheme: 'light' });
      }
    });
  });

  describe('on the home page', () => {
    it('holds scroll on topic hover at 360 px', async () => {
      // The caption under the map grows when it shows a topic. Scroll anchoring used to scroll the
      // page in response, so the pointer left the topic, the caption shrank and the page jumped back.
      const phone = await browser.newPage({ width: 360, height: 780 });
      try {
        await phone.goto(url('/en/'));
        const map = phone.locator('aa-topic-map');
        await map.scrollIntoViewIfNeeded();
        await phone.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
        await phone.locator('.aa-topic-map__svg').evaluate((svg) => {
          window.scrollBy(0, svg.getBoundingClientRect().top + 60);
        });
        const point = await phone.evaluate(() => {
          for (const circle of document.querySelectorAll('.aa-topic circle')) {
            const box = circle.getBoundingClientRect();
            const y = box.top + box.height / 2;
            if (y > 100 && y < innerHeight / 2 && box.width >= 3)
              return { x: box.left + box.width / 2, y };
          }
          throw new Error('No topic near the top of the screen.');
        });
        await phone.mouse.move(point.x, point.y);
        const positions = await phone.evaluate(
          () =>
            new Promise<number[]>((resolve) => {
              const seen: number[] = [];
              const frame = () => {
                seen.push(Math.round(scrollY));
                if (seen.length < 20) requestAnimationFrame(frame);
                else resolve(seen);
              };
              requestAnimationFrame(frame);
            }),
        );
        expect(new Set(positions.slice(2)).size, positions.join(' ')).toBe(1);
        expect(await phone.locator('.aa-topic-map__caption strong').count()).toBe(1);
      } finally {
        await phone.close();
      }
    });

    it('loads the script when scrolled into view', async () => {
      const scripts = () => browser.requests.filter((path) => path.endsWith('.js'));
      // Earlier tests loaded the script. With the cache off, the server logs every request again.
      const session = await page.context().newCDPSession(page);
      await session.send('Network.enable');
      await session.send('Network.setCacheDisabled', { cacheDisabled: true });
      const before = scripts().length;
      await page.goto(url('/en/'));
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const loadedEarly = scripts().slice(before);
      expect(
        loadedEarly.some((path) => /topic-map\.[\w-]+\.js$/.test(path)),
        loadedEarly.join(', '),
      ).toBe(false);
      expect(await page.locator('aa-topic-map').getAttribute('data-upgraded')).toBeNull();

      await page.locator('aa-topic-map').scrollIntoViewIfNeeded();
      await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
      const loadedLater = scripts().slice(before + loadedEarly.length);
      await session.send('Network.setCacheDisabled', { cacheDisabled: false });
      await session.detach();
      expect(
        loadedLater.some((path) => /topic-map\.[\w-]+\.js$/.test(path)),
        loadedLater.join(', '),
      ).toBe(true);
    });

    it('shows the list when the script fails', async () => {
      await page.route(/\/_astro\/topic-map\.[\w-]+\.js$/, (route) => route.abort());
      try {
        await page.goto(url('/en/'));
        await page.locator('aa-topic-map').scrollIntoViewIfNeeded();
        await page.locator('aa-topic-map[data-island-failed]').waitFor({ timeout: 10_000 });
        expect(await page.locator('.aa-topic-map__status').innerText()).toBe(
          'The interactive map could not load. Every topic is in the list below.',
        );
        expect(await page.locator('.aa-topic-map__list').isVisible()).toBe(true);
        expect(await page.locator('.aa-topic-map__list li > a').count()).toBeGreaterThan(300);
      } finally {
        await page.unroute(/\/_astro\/topic-map\.[\w-]+\.js$/);
      }
    });
  });
});
