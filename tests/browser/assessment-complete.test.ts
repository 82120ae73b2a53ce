import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerVisibleStep,
  downloadText,
  openTools,
  pageText,
  questionSelector,
  savedState,
  storageKey,
  waitForIsland,
  type Lang,
} from '../support/assessment-browser';
import { chromiumAvailable, useBrowser } from '../support/browser';

/** Results of the answers in assessment-browser.ts, worked out by hand in each language. */
const expected = {
  en: {
    statusAfterClause5: '14 of 72 questions answered',
    statusComplete: '72 of 72 questions answered',
    statusEmpty: '0 of 73 questions answered',
    // 64 applicable items, all at 4 points but 4.1 (0) and A.2.2 (1): 249 of 256 = 97 %.
    overall: '97%',
    answered: '64 of 64',
    clause4: '75%',
    groupA2: '75%',
    groupA5: '100%',
    firstGap: {
      band: 'High',
      score: 'score 12 = gap 4 × weight 3 + deadline 0',
      level: 'Not started',
      effort: '2–5 person-days',
    },
    secondGap: {
      band: 'Medium',
      score: 'score 6 = gap 3 × weight 2 + deadline 0',
      level: 'Planned',
      effort: '3–7.5 person-days',
    },
    total: 'Total effort: 5–12.5 person-days (estimate).',
    timeline:
      'At about 30 person-days a month, the pace assumed for your organization’s size, closing every gap takes about 1 month.',
    deadlines: 'No EU AI Act obligation in this assessment applies to your profile.',
    note: 'אין לנו מערכת שמשפיעה מחוץ לארגון → בדקנו',
    soaHeader: 'Control,Title,Applicable,Justification,Status',
    soaA22: 'A.2.2,AI policy,Yes,,Planned',
    soaA624: 'A.6.2.4,AI system verification and validation,Yes,,In place with evidence',
    soaA55: (note: string) =>
      `A.5.5,Assessing societal impacts of AI systems,No,${note},Not applicable`,
  },
  he: {
    statusAfterClause5: 'נענו 14 מתוך 72 שאלות',
    statusComplete: 'נענו 72 מתוך 72 שאלות',
    statusEmpty: 'נענו 0 מתוך 73 שאלות',
    overall: '97%',
    answered: '64 מתוך 64',
    clause4: '75%',
    groupA2: '75%',
    groupA5: '100%',
    firstGap: {
      band: 'גבוהה',
      score: 'ציון 12 = פער 4 × משקל 3 + מועד 0',
      level: 'לא התחלנו',
      effort: '2–5 ימי עבודה',
    },
    secondGap: {
      band: 'בינונית',
      score: 'ציון 6 = פער 3 × משקל 2 + מועד 0',
      level: 'מתוכנן',
      effort: '3–7.5 ימי עבודה',
    },
    total: 'סך המאמץ: 5–12.5 ימי עבודה (הערכה).',
    timeline:
      'בקצב של כ-30 ימי עבודה בחודש, הקצב שמניחים לארגון בגודל שלכם, סגירת כל הפערים תימשך כחודש.',
    deadlines: 'אף חובה מחוק ה-AI שבשאלון הזה לא חלה על הפרופיל שלכם.',
    note: 'No system of ours reaches beyond our own staff → checked',
    soaHeader: 'בקרה,כותרת,ישימה,נימוק,סטטוס',
    soaA22: 'A.2.2,מדיניות בינה מלאכותית,כן,,מתוכנן',
    soaA624: 'A.6.2.4,אימות ותיקוף של מערכת בינה מלאכותית,כן,,קיים ומגובה בראיות',
    soaA55: (note: string) =>
      `A.5.5,הערכת ההשפעות החברתיות של מערכות בינה מלאכותית,לא,${note},לא רלוונטי`,
  },
} as const;

describe.skipIf(!chromiumAvailable)('assessment page', () => {
  const browser = useBrowser();
  let page: Page;
  /** Requests made since the last call to watchRequests(), other than blob: downloads. */
  let requests: string[] = [];
  const record = (request: Request) => {
    if (!request.url().startsWith('blob:') && !request.url().startsWith('data:'))
      requests.push(request.url());
  };

  beforeAll(async () => {
    page = await browser.newPage();
    page.on('request', record);
  });

  afterAll(async () => {
    await page?.close();
  });

  const url = (path: string) => new URL(path, browser.origin).href;
  /** Starts a window in which the page must make no request: after it has fully loaded. */
  const watchRequests = async () => {
    await page.waitForLoadState('networkidle');
    requests = [];
  };
  const status = () => page.locator('.aa-assessment__status').innerText();
  const field = (name: string) =>
    page.locator(`#aa-results [data-field="${name}"]`).first().innerText();

  describe.each(['en', 'he'] as const)('in %s', (lang: Lang) => {
    const text = pageText[lang];
    const values = expected[lang];

    it('completes, reloads and reports gaps', async () => {
      await page.goto(url(`/${lang}/assessment/`));
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await waitForIsland(page);
      await watchRequests();

      for (let step = 0; step < 3; step++) {
        await answerVisibleStep(page);
        await page
          .locator('.aa-assessment__step:not([hidden])')
          .getByRole('button', { name: text.nextStep })
          .click();
      }
      expect(await status()).toBe(values.statusAfterClause5);
      expect(requests).toEqual([]);

      await page.reload();
      await waitForIsland(page);
      expect(
        await page
          .locator('.aa-assessment__steps a[aria-current="step"]')
          .getAttribute('data-step'),
      ).toBe('6');
      expect(await status()).toBe(values.statusAfterClause5);
      expect(
        await page.locator(`${questionSelector('5.1')} input[value="evidenced"]`).isChecked(),
      ).toBe(true);
      expect(await page.locator('#aa-q-org-size input[value="50-300"]').isChecked()).toBe(true);
      await watchRequests();

      for (;;) {
        await answerVisibleStep(page);
        if (await page.locator(`${questionSelector('A.5.5')}:visible`).count()) {
          await page.locator(`${questionSelector('A.5.5')} textarea`).fill(values.note);
        }
        const next = page.locator('.aa-assessment__step:not([hidden]) [data-action="next-step"]');
        const label = await next.innerText();
        await next.click();
        if (label === text.showResults) break;
      }

      await expect.poll(() => page.locator('#aa-results-title').isVisible()).toBe(true);
      expect(await status()).toBe(values.statusComplete);
      expect(await field('overall')).toBe(values.overall);
      expect(await field('answered')).toBe(values.answered);
      expect(await field('notApplicable')).toBe('1');
      expect(await field('unanswered')).toBe('0');
      const percentOf = (area: string) =>
        page.locator(`tr[data-area="${area}"] [data-field="percent"]`).innerText();
      expect(await percentOf('4')).toBe(values.clause4);
      expect(await percentOf('A.2')).toBe(values.groupA2);
      expect(await percentOf('A.5')).toBe(values.groupA5);
      expect(await page.locator('.aa-report__chart-svg .aa-chart-row').count()).toBe(17);

      const gaps = page.locator('.aa-gap');
      expect(await gaps.count()).toBe(2);
      for (const [index, id, gap] of [
        [0, '4.1', values.firstGap],
        [1, 'A.2.2', values.secondGap],
      ] as const) {
        const card = gaps.nth(index);
        expect(await card.getAttribute('data-item')).toBe(id);
        expect(await card.locator('.aa-gap__band').innerText()).toBe(gap.band);
        expect(await card.locator('.aa-gap__score').innerText()).toBe(gap.score);
        expect(await card.locator('.aa-gap__level').innerText()).toBe(gap.level);
        expect(await card.locator('.aa-gap__effort').innerText()).toBe(gap.effort);
      }
      expect(await gaps.nth(0).locator('.aa-gap__guide').getAttribute('href')).toBe(
        `/${lang}/clauses/4/#clause-4-1`,
      );
      expect(await gaps.nth(1).locator('.aa-gap__guide').getAttribute('href')).toBe(
        `/${lang}/controls/a-2-2/`,
      );
      expect(await field('effortTotal')).toBe(values.total);
      expect(await field('timeline')).toBe(values.timeline);
      expect(await page.locator('.aa-report__deadlines').innerText()).toBe(values.deadlines);
      await expect.poll(() => field('digest')).toMatch(/^[0-9a-f]{64}$/);

      // Each gap leads back to the answer that caused it.
      await gaps.nth(0).locator('.aa-gap__change').click();
      const cause = page.locator(`${questionSelector('4.1')} input[value="not-started"]`);
      expect(await cause.isChecked()).toBe(true);
      await expect
        .poll(() => cause.evaluate((input) => input === document.activeElement))
        .toBe(true);
      expect(requests).toEqual([]);
    });

    it('exports and imports the answers', async () => {
      await watchRequests();
      await openTools(page, lang);
      const { download, text: exported } = await downloadText(page, () =>
        page.getByRole('button', { name: text.exportButton }).click(),
      );
      expect(download.suggestedFilename()).toMatch(
        /^aims-atlas-assessment-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const file = JSON.parse(exported) as Record<string, any>;
      expect(file.format).toBe(1);
      expect(file.kind).toBe('aims-atlas-assessment');
      expect(file.questionSet).toBe('2026.12.1');
      expect(Object.keys(file.answers)).toHaveLength(65);
      expect(file.answers['4.1']).toEqual({ level: 'not-started' });
      expect(file.answers['A.5.5']).toEqual({ level: 'not-applicable', note: values.note });
      expect(file.profile['org-size']).toBe('50-300');

      await page.getByRole('button', { name: text.clearButton }).click();
      expect(await status()).toBe(values.statusEmpty);
      expect(await savedState(page)).toMatchObject({ answers: {}, profile: {} });
      await page.getByRole('button', { name: text.restoreButton }).click();
      expect(await status()).toBe(values.statusComplete);

      await page.getByRole('button', { name: text.clearButton }).click();
      expect(await status()).toBe(values.statusEmpty);
      await page.locator('.aa-assessment__import-input').setInputFiles({
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(exported),
      });
      await expect.poll(status).toBe(values.statusComplete);
      expect(await page.locator('.aa-notice').last().innerText()).toContain(
        download.suggestedFilename(),
      );
      expect((await savedState(page))!.answers).toEqual(file.answers);
      expect(requests).toEqual([]);
    });

    it('downloads a draft Statement of Applicability', async () => {
      await watchRequests();
      await openTools(page, lang);
      const { download, text: csv } = await downloadText(page, () =>
        page.getByRole('button', { name: text.soaButton }).click(),
      );
      expect(download.suggestedFilename()).toMatch(/^aims-atlas-soa-draft-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(csv.startsWith('\ufeff')).toBe(true);
      const lines = csv.slice(1).split('\r\n');
      expect(lines).toHaveLength(40);
      expect(lines[0]).toBe(values.soaHeader);
      expect(lines[1]).toBe(values.soaA22);
      expect(lines).toContain(values.soaA624);
      expect(lines).toContain(values.soaA55(values.note));
      expect(lines[39]).toBe('');
      expect(requests).toEqual([]);
    });

    it('prints the report with its footer', async () => {
      await watchRequests();
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => (window as unknown as { printed: number }).printed++;
      });
      await openTools(page, lang);
      await page.getByRole('button', { name: text.printButton }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
        .toBe(1);

      await page.emulateMedia({ media: 'print' });
      try {
        expect(await page.locator('#aa-results').isVisible()).toBe(true);
        expect(await page.locator('.aa-assessment__form').isVisible()).toBe(false);
        expect(await page.locator('.aa-assessment__steps').isVisible()).toBe(false);
        expect(await page.locator('.aa-assessment__tools').isVisible()).toBe(false);
        const footer = await page.locator('.aa-report__footer').innerText();
        expect(footer.match(/2026\.12\.1/g)).toHaveLength(2);
        expect(footer).toMatch(/[0-9a-f]{64}/);
        expect(footer).toContain(String(new Date().getUTCFullYear()));

        const layout = await page.locator('#aa-results-title').evaluate((heading) => {
          const words = document.createRange();
          words.selectNodeContents(heading);
          const box = words.getBoundingClientRect();
          const results = heading.getBoundingClientRect();
          return {
            direction: getComputedStyle(heading).direction,
            start: box.left - results.left,
            end: results.right - box.right,
          };
        });
        expect(layout.direction).toBe(lang === 'he' ? 'rtl' : 'ltr');
        // A right-to-left report starts its heading at the right edge, a left-to-right one at the left.
        if (lang === 'he') expect(layout.end).toBeLessThan(1);
        else expect(layout.start).toBeLessThan(1);

        const pdf = await page.pdf({ format: 'A4', printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
        expect(pages.length).toBeGreaterThan(1);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
      expect(requests).toEqual([]);
    });
  });
  it('loads state saved by another tab', async () => {
    await page.goto(url('/en/assessment/'));
    await waitForIsland(page);
    await page.evaluate((key) => localStorage.removeItem(key), storageKey);
    await page.reload();
    await waitForIsland(page);
    const other = await browser.newPage();
    try {
      await other.goto(url('/en/assessment/#aa-step-4'));
      await waitForIsland(other);
      await other.locator(`${questionSelector('4.1')} input[value="partial"]`).check();

      // The first tab loads the other tab's state, shows a notice, and keeps that state on its next save.
      await page.locator('.aa-notice', { hasText: 'changed in another tab' }).waitFor();
      await page.locator('.aa-assessment__steps a[data-step="4"]').click();
      expect(
        await page.locator(`${questionSelector('4.1')} input[value="partial"]`).isChecked(),
      ).toBe(true);
      await page.locator(`${questionSelector('4.2')} input[value="planned"]`).check();
      const saved = await savedState(page);
      expect(saved?.answers?.['4.1']?.level).toBe('partial');
      expect(saved?.answers?.['4.2']?.level).toBe('planned');
    } finally {
      await other.close();
    }
  });
});
