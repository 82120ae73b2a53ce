import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';

interface LabelLayout {
  text: string;
  direction: string;
  hebrew: boolean;
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Horizontal position of the first and the last character, in reading order. */
  firstCharacterX: number;
  lastCharacterX: number;
}

/** Measures every map label as drawn: its box on screen, its direction and where its ends fall. */
function measureLabels(): LabelLayout[] {
  return [...document.querySelectorAll<SVGTextElement>('.aa-topic__label')].map((label) => {
    const box = label.getBoundingClientRect();
    const last = label.getNumberOfChars() - 1;
    return {
      text: label.textContent ?? '',
      direction: getComputedStyle(label).direction,
      hebrew: /[\u05d0-\u05ea]/.test(label.textContent ?? ''),
      left: box.left,
      right: box.right,
      top: box.top,
      bottom: box.bottom,
      firstCharacterX: label.getStartPositionOfChar(0).x,
      lastCharacterX: label.getStartPositionOfChar(last).x,
    };
  });
}

/** Returns the area two label boxes share, in square pixels. */
function sharedArea(a: LabelLayout, b: LabelLayout): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

describe.skipIf(!chromiumAvailable)('topic map labels', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  for (const lang of ['en', 'he'] as const) {
    for (const width of [360, 1280]) {
      it(`keeps labels apart at ${width} px (${lang})`, async () => {
        await page.setViewportSize({ width, height: 800 });
        try {
          await page.goto(url(`/${lang}/topics/`));
          await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
          const labels = await page.evaluate(measureLabels);
          expect(labels.length).toBeGreaterThanOrEqual(28);
          expect(
            labels.some((label) => label.text.length >= 30),
            'a long label is drawn',
          ).toBe(true);
          if (lang === 'he')
            expect(
              labels.some((label) => !label.hebrew),
              'a Latin label is drawn',
            ).toBe(true);

          let area = 0;
          let shared = 0;
          const touching: string[] = [];
          for (const [index, label] of labels.entries()) {
            area += (label.right - label.left) * (label.bottom - label.top);
            for (const other of labels.slice(index + 1)) {
              const common = sharedArea(label, other);
              shared += common;
              if (common > 0) touching.push(`${label.text} / ${other.text}`);
            }
          }
          // "Barely overlap": under 2% of the label area shared, and at most two pairs touching.
          expect(shared / area).toBeLessThan(0.02);
          expect(touching.length, touching.join(', ')).toBeLessThanOrEqual(2);
        } finally {
          await page.setViewportSize({ width: 1280, height: 900 });
        }
      });
    }
  }

  it('draws each label in its direction', async () => {
    await page.goto(url('/he/topics/'));
    const labels = await page.evaluate(measureLabels);
    for (const label of labels.filter((candidate) => candidate.text.length > 1)) {
      if (label.hebrew) {
        expect(label.direction, label.text).toBe('rtl');
        expect(label.firstCharacterX, `${label.text} starts on the right`).toBeGreaterThan(
          label.lastCharacterX,
        );
      } else {
        expect(label.direction, label.text).toBe('ltr');
        expect(label.firstCharacterX, `${label.text} starts on the left`).toBeLessThan(
          label.lastCharacterX,
        );
      }
    }
  });

  it('draws the map at rest', async () => {
    const started = Date.now();
    await page.goto(url('/en/topics/'));
    await page.locator('aa-topic-map[data-upgraded]').waitFor({ timeout: 10_000 });
    expect(Date.now() - started, 'upgraded within three seconds').toBeLessThan(3000);
    const positions = () =>
      page
        .locator('.aa-topic')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('transform')));
    const first = await positions();
    await page.waitForTimeout(1000);
    expect(await positions()).toEqual(first);
  });
});
