import { readdirSync, readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  questionSelector,
  waitForIsland,
  type Lang,
} from '../support/assessment-browser';
import { chromiumAvailable, useBrowser } from '../support/browser';

/** Every top-level area of the locale files ("assessment", "search", …). */
const areas = readdirSync('locales/en').flatMap((file) =>
  Object.keys(JSON.parse(readFileSync(`locales/en/${file}`, 'utf8')) as object),
);
/** Anything shaped like a translation key of any area, or an interpolation placeholder left in. */
const keyShape = new RegExp(
  `\\b(?:${areas.join('|')})\\.[a-z][A-Za-z]+(?:_[a-z]+)?\\b|\\{\\{\\s*\\w+\\s*\\}\\}`,
);

/** Returns the text a reader sees or hears: visible text, SVG text and accessible attributes. */
function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts = [document.body.innerText];
    for (const element of document.querySelectorAll('svg text, svg title'))
      parts.push(element.textContent ?? '');
    for (const element of document.querySelectorAll(
      '[aria-label], [title], [placeholder], [alt]',
    )) {
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        parts.push(element.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  });
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe.skipIf(!chromiumAvailable)('assessment page accessibility', () => {
  const browser = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;

  async function openEmpty(lang: Lang, hash = ''): Promise<void> {
    await page.goto(url('/robots.txt'));
    await page.evaluate(() => localStorage.clear());
    await page.goto(url(`/${lang}/assessment/${hash}`));
    await waitForIsland(page);
  }

  /** Runs axe on the page and fails with each violation's id, targets and summary. */
  async function expectNoViolations(where: string): Promise<void> {
    // Hidden steps are not rendered, so leaving them out changes no finding and shortens the run.
    const results = await new AxeBuilder({ page })
      .withTags(axeTags)
      .exclude('.aa-assessment__step[hidden]')
      .exclude('.aa-assessment__results[hidden]')
      .analyze();
    const report = results.violations.flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} at ${node.target.join(' ')}: ${node.failureSummary ?? violation.help}`,
      ),
    );
    expect(report, where).toEqual([]);
  }

  /** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
  async function tabTo(selector: string, limit = 80): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (
        await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)
      )
        return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector} in ${limit} presses.`);
  }

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const text = pageText[lang];

    it('paints no translation key', async () => {
      await page.goto(url('/robots.txt'));
      await page.evaluate(() => localStorage.clear());
      let releaseScripts!: () => void;
      const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
      await page.route('**/_astro/*.js', async (route) => {
        await scriptsHeld;
        await route.continue();
      });
      try {
        // Module scripts hold back DOMContentLoaded, so wait for the markup instead.
        await page.goto(url(`/${lang}/assessment/`), { waitUntil: 'commit' });
        await page.waitForSelector('.aa-report__footer', { state: 'attached' });
        // The questionnaire is painted while its script is still held back.
        expect(await page.locator('#aa-q-org-size').isVisible()).toBe(true);
        expect(await page.locator('aa-assessment').getAttribute('data-ready')).toBeNull();
        expect((await readableText(page)).match(keyShape)).toBeNull();
        releaseScripts();
        await waitForIsland(page);
      } finally {
        releaseScripts();
        await page.unroute('**/_astro/*.js');
      }

      // Every string the script adds: progress, notices, skipped marks, results and the chart.
      await page.locator('#aa-q-org-size input').first().check();
      await page.locator('#aa-q-sector').getByRole('button', { name: text.skip }).click();
      await page.goto(url(`/${lang}/assessment/#assessment=1.broken`));
      await waitForIsland(page);
      await page.locator('.aa-assessment__steps a[data-step="4"]').click();
      await page.locator(`${questionSelector('4.1')} input[value="planned"]`).check();
      await page.locator('.aa-assessment__steps a[data-step="A.5"]').click();
      await page.locator(`${questionSelector('A.5.4')} input[value="not-applicable"]`).check();
      await page.locator('.aa-assessment__steps a[data-step="results"]').click();
      expect(await page.locator('.aa-gap').count()).toBe(1);
      expect(await page.locator('.aa-notice').count()).toBeGreaterThan(0);
      const painted = await readableText(page);
      expect(painted.match(keyShape)).toBeNull();
      expect(painted).toContain(text.bandHigh);
    });

    it('completes by keyboard alone', async () => {
      await openEmpty(lang);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('aa-skip-link');

      const status = page.locator('.aa-assessment__status');
      expect(await status.getAttribute('role')).toBe('status');
      let step = 'profile';
      for (let guard = 0; guard < 20; guard++) {
        const questions = await page
          .locator(
            `.aa-assessment__step[data-step="${step}"] fieldset[data-question]:not([hidden])`,
          )
          .evaluateAll((fieldsets) => fieldsets.map((fieldset) => fieldset.id));
        for (const [index, domId] of questions.entries()) {
          if (!(await page.locator(`#${domId}`).isVisible())) continue;
          await tabTo(`#${domId} input`);
          const before = await status.innerText();
          if (domId === 'aa-q-a-5-5') {
            // Six options: "not applicable" is the sixth, five steps down, and needs a reason.
            for (let down = 0; down < 5; down++) await page.keyboard.press('ArrowDown');
            await page.keyboard.press('Tab');
            await page.keyboard.type('No system reaches beyond our staff.');
          } else if (step === 'profile' || index % 2 === 0) {
            await page.keyboard.press('Space');
          } else {
            for (let down = 0; down < 4; down++) await page.keyboard.press('ArrowDown');
          }
          await expect.poll(() => status.innerText()).not.toBe(before);
        }
        const next = `.aa-assessment__step[data-step="${step}"] [data-action="next-step"]`;
        await tabTo(next);
        const label = await page.locator(next).innerText();
        await page.keyboard.press('Enter');
        if (label === text.showResults) break;
        step = (await page
          .locator('.aa-assessment__steps a[aria-current="step"]')
          .getAttribute('data-step')) as string;
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
      }

      expect(await page.evaluate(() => document.activeElement?.id)).toBe('aa-results-title');
      const progress = await page
        .locator('.aa-assessment__meter')
        .evaluate((meter) => [
          (meter as HTMLProgressElement).value,
          (meter as HTMLProgressElement).max,
        ]);
      expect(progress[0]).toBe(progress[1]);
      expect(await page.locator('#aa-results [data-field="unanswered"]').innerText()).toBe('0');
      expect(await page.locator('.aa-gap').count()).toBeGreaterThan(0);
    });

    it('skips and revisits by keyboard', async () => {
      await openEmpty(lang);
      await page.locator('#aa-q-org-size input').first().focus();
      await tabTo('#aa-q-org-size [data-action="skip"]');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe(
        'aa-q-ai-systems',
      );
      expect(await page.locator('#aa-q-org-size .aa-question__skipped').isVisible()).toBe(true);
      expect(await page.locator('.aa-assessment__status').innerText()).toContain(
        lang === 'en' ? '1 skipped' : 'דילגתם על שאלה אחת',
      );

      await page.locator('[data-action="next-skipped"]').focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.id)).toBe(
        'aa-q-org-size',
      );
      await page.keyboard.press('Space');
      expect(await page.locator('#aa-q-org-size .aa-question__skipped').isVisible()).toBe(false);
      expect(await page.locator('[data-action="next-skipped"]').isVisible()).toBe(false);
    });

    it('passes axe in every view', async () => {
      await openEmpty(lang);
      await expectNoViolations(`${lang} profile`);
      await page.locator('.aa-assessment__steps a[data-step="A.5"]').click();
      await page.locator(`${questionSelector('A.5.4')} input[value="not-applicable"]`).check();
      await page
        .locator(`${questionSelector('A.5.5')}`)
        .getByRole('button', { name: text.skip })
        .click();
      expect(
        await page.locator(`${questionSelector('A.5.4')} .aa-question__error`).isVisible(),
      ).toBe(true);
      await expectNoViolations(`${lang} A.5 with an error`);
      await page.locator('.aa-assessment__steps a[data-step="4"]').click();
      await page.locator(`${questionSelector('4.1')} input[value="not-started"]`).check();
      await page.locator(`${questionSelector('4.2')} input[value="planned"]`).check();
      await page.locator('.aa-assessment__steps a[data-step="results"]').click();
      expect(await page.locator('.aa-gap').count()).toBe(2);
      await expectNoViolations(`${lang} results`);

      // Only colours change with the theme, so the dark theme needs the contrast rule alone.
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      for (const step of ['results', 'A.5']) {
        await page.locator(`.aa-assessment__steps a[data-step="${step}"]`).click();
        const dark = await new AxeBuilder({ page })
          .withRules(['color-contrast'])
          .exclude('.aa-assessment__step[hidden]')
          .exclude('.aa-assessment__results[hidden]')
          .analyze();
        const targets = dark.violations.flatMap((violation) =>
          violation.nodes.map((node) => node.target.join(' ')),
        );
        expect(targets, `${lang} ${step}, dark`).toEqual([]);
      }
    });

    it('shows the questions without JavaScript', async () => {
      await page.route('**/_astro/*.js', (route) => route.abort());
      try {
        await page.goto(url(`/${lang}/assessment/`));
        expect(await page.locator('.aa-assessment__nojs').isVisible()).toBe(true);
        expect(await page.locator('fieldset[data-question]:visible').count()).toBe(73);
        expect(await page.locator('.aa-assessment__tools').isVisible()).toBe(false);
        expect(await page.locator('#aa-results').isVisible()).toBe(false);
        await page.locator(`${questionSelector('A.6.2.4')} input[value="partial"]`).check();
        expect(
          await page.locator(`${questionSelector('A.6.2.4')} input[value="partial"]`).isChecked(),
        ).toBe(true);
      } finally {
        await page.unroute('**/_astro/*.js');
      }
    });
  });
});
