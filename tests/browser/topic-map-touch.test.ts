import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

type Point = { x: number; y: number };

/** What the page shows after a gesture: page scroll and zoom, the map's transform, the address. */
interface GestureState {
  scrollY: number;
  pageScale: number;
  mapScale: number;
  mapTransform: string | null;
  path: string;
}

describe.skipIf(!chromiumAvailable)('topic map on a touch screen', () => {
  const browser = useBrowser();
  let page: Page;
  let input: CDPSession;

  beforeAll(async () => {
    page = await browser.newPage({ width: 360, height: 780 });
    input = await page.context().newCDPSession(page);
    await input.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await input.send('Emulation.setDeviceMetricsOverride', {
      width: 360,
      height: 780,
      deviceScaleFactor: 2,
      mobile: true,
    });
  });

  afterAll(async () => {
    await input.detach();
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  /** Opens a page with the map in the middle of the screen, upgraded. */
  async function openMap(path: string): Promise<void> {
    await page.goto(url(path));
    const map = page.locator('aa-topic-map');
    await map.scrollIntoViewIfNeeded();
    await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
    await page.locator('.aa-topic-map__svg').evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      window.scrollBy(0, box.top + box.height / 2 - innerHeight / 2);
    });
    // Let fonts and late islands settle, so that nothing moves under the finger afterwards.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(200);
  }

  async function state(): Promise<GestureState> {
    return page.evaluate(() => {
      const transform = document
        .querySelector('.aa-topic-map__viewport')!
        .getAttribute('transform');
      return {
        scrollY: Math.round(scrollY),
        pageScale: visualViewport!.scale,
        mapScale: Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 1),
        mapTransform: transform,
        path: location.pathname,
      };
    });
  }

  /**
   * Finds a point on the map, in the middle of the screen, at least 16 px from every topic's circle
   * and label. Chromium moves a tap onto a link that lies near the finger (touch adjustment), so a
   * point that merely has no topic under it is not far enough.
   */
  async function emptyPoint(): Promise<Point> {
    return page.evaluate(() => {
      const box = document.querySelector('.aa-topic-map__svg')!.getBoundingClientRect();
      const topics = [...document.querySelectorAll('.aa-topic')].map((topic) =>
        topic.getBoundingClientRect(),
      );
      const distance = (x: number, y: number, rect: DOMRect) =>
        Math.hypot(
          Math.max(rect.left - x, 0, x - rect.right),
          Math.max(rect.top - y, 0, y - rect.bottom),
        );
      for (let dy = 0; dy < box.height / 3; dy += 5) {
        for (let dx = -box.width / 3; dx < box.width / 3; dx += 5) {
          const point = { x: box.left + box.width / 2 + dx, y: box.top + box.height / 2 + dy };
          if (point.y > innerHeight - 40) continue;
          if (topics.every((rect) => distance(point.x, point.y, rect) >= 16)) return point;
        }
      }
      throw new Error('No empty point found: every point on the map is within 16 px of a topic.');
    });
  }

  /** Returns the centre of a topic that is well inside the screen. */
  async function topicPoint(): Promise<Point> {
    return page.evaluate(() => {
      for (const node of document.querySelectorAll('.aa-topic circle')) {
        const box = node.getBoundingClientRect();
        const point = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        const onScreen = point.y > 200 && point.y < innerHeight - 200 && box.width >= 3;
        if (onScreen && document.elementFromPoint(point.x, point.y)?.closest('.aa-topic'))
          return point;
      }
      throw new Error('No topic in the middle of the screen.');
    });
  }

  /** Moves fingers from their start to their end points in ten steps, then lifts them. */
  async function gesture(fingers: { from: Point; to: Point }[]): Promise<void> {
    const at = (step: number) =>
      fingers.map((finger, id) => ({
        id,
        x: finger.from.x + ((finger.to.x - finger.from.x) * step) / 10,
        y: finger.from.y + ((finger.to.y - finger.from.y) * step) / 10,
      }));
    await input.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let step = 1; step <= 10; step++) {
      await input.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
    }
    await input.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(400);
  }

  async function tap(point: Point): Promise<void> {
    await input.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ id: 0, ...point }],
    });
    await input.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  for (const lang of ['en', 'he'] as const) {
    for (const start of ['an empty spot', 'a topic'] as const) {
      it(`scrolls the page on a swipe from ${start} (${lang})`, async () => {
        await openMap(`/${lang}/`);
        const before = await state();
        const from = start === 'a topic' ? await topicPoint() : await emptyPoint();
        await gesture([{ from, to: { x: from.x, y: from.y - 180 } }]);
        const after = await state();
        expect(after.scrollY - before.scrollY, 'the page scrolled down').toBeGreaterThan(100);
        expect(after.mapTransform, 'the map did not pan or zoom').toBe(before.mapTransform);
        expect(after.pageScale).toBe(1);
        expect(after.path, 'no topic opened').toBe(`/${lang}/`);
      });
    }

    it(`zooms only the map on a pinch (${lang})`, async () => {
      await openMap(`/${lang}/topics/`);
      const before = await state();
      const centre = await emptyPoint();
      await gesture([
        { from: { x: centre.x - 20, y: centre.y }, to: { x: centre.x - 60, y: centre.y } },
        { from: { x: centre.x + 20, y: centre.y }, to: { x: centre.x + 60, y: centre.y } },
      ]);
      const after = await state();
      expect(after.mapScale).toBeCloseTo(3, 1);
      expect(after.pageScale, 'the page itself did not zoom').toBe(1);
      expect(
        Math.abs(after.scrollY - before.scrollY),
        'the page did not scroll',
      ).toBeLessThanOrEqual(2);
      expect(after.path).toBe(`/${lang}/topics/`);
    });
  }

  it('ignores a double tap', async () => {
    await openMap('/en/topics/');
    const before = await state();
    const point = await emptyPoint();
    await tap(point);
    await page.waitForTimeout(80);
    await tap(point);
    await page.waitForTimeout(400);
    expect(new URL(page.url()).pathname, 'a tap on an empty spot opens nothing').toBe(
      '/en/topics/',
    );
    const after = await state();
    expect(after.mapTransform).toBe(before.mapTransform);
    expect(after.pageScale).toBe(1);
  });

  it('pans the map on a mouse drag from a topic', async () => {
    const desktop = await browser.newPage({ width: 1280, height: 900 });
    try {
      await desktop.goto(url('/en/topics/'));
      await desktop.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
      const node = desktop.locator('.aa-topic[href="/en/controls/"]');
      await node.scrollIntoViewIfNeeded();
      const nodeTransform = await node.getAttribute('transform');
      const box = (await node.locator('circle').boundingBox())!;
      await desktop.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await desktop.mouse.down();
      await desktop.mouse.move(box.x + 80, box.y + 60, { steps: 8 });
      await desktop.mouse.up();
      await desktop.waitForTimeout(300);
      expect(new URL(desktop.url()).pathname).toBe('/en/topics/');
      expect(await desktop.locator('.aa-topic-map__viewport').getAttribute('transform')).toMatch(
        /^translate\([\d.-]+,[\d.-]+\) scale\(1\)$/,
      );
      expect(await node.getAttribute('transform'), 'the topic stays in its place on the map').toBe(
        nodeTransform,
      );
    } finally {
      await desktop.close();
    }
  });
});
