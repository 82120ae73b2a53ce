import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openTools,
  pageText,
  questionSelector,
  savedState,
  shareFragment,
  shareFragmentOfText,
  storageKey,
  waitForIsland,
} from '../support/assessment-browser';
import { chromiumAvailable, useBrowser } from '../support/browser';

const hostileNote =
  '<img src=x onerror="window.pwned=1"></textarea><script>window.pwned=2</script>';

/** A valid shared state, as the page itself would encode it. */
const sharedState = {
  format: 1,
  kind: 'aims-atlas-assessment',
  questionSet: '2026.12.1',
  profile: { 'org-size': '1-49', 'eu-market': 'no' },
  answers: {
    '4.1': { level: 'planned', note: hostileNote },
    'A.2.2': { level: 'partial' },
  },
};

/** Answers already saved in the browser before a hostile link or file arrives. */
const savedAnswers = {
  format: 1,
  kind: 'aims-atlas-assessment',
  questionSet: '2026.12.1',
  profile: { 'org-size': 'over-1000' },
  answers: { '4.2': { level: 'in-place' } },
  skipped: [],
  step: 'profile',
};

describe.skipIf(!chromiumAvailable)('assessment page with hostile or broken input', () => {
  const browser = useBrowser();
  let page: Page;
  let errors: string[];

  beforeEach(async () => {
    page = await browser.newPage();
    errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A small page of the same origin, to clear the storage the assessment page will read.
    await page.goto(new URL('/robots.txt', browser.origin).href);
    await page.evaluate(() => localStorage.clear());
  });

  afterEach(async () => {
    await page?.close();
  });

  const assessmentUrl = (lang = 'en', hash = '') =>
    new URL(`/${lang}/assessment/${hash}`, browser.origin).href;
  const status = () => page.locator('.aa-assessment__status').innerText();
  const notices = () => page.locator('.aa-notice p').allInnerTexts();
  const pwned = () => page.evaluate(() => (window as unknown as { pwned?: number }).pwned);

  /** Saves answers in the browser's storage directly, before the assessment page opens. */
  const seed = (value: unknown) =>
    page.evaluate(
      ([key, text]) => localStorage.setItem(key!, text!),
      [storageKey, JSON.stringify(value)],
    );

  /** Checks that the page opened normally: the island ran, the first question shows, nothing threw. */
  async function expectUsablePage(): Promise<void> {
    await waitForIsland(page);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('#aa-q-org-size').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  }

  describe('saved answers that cannot be read', () => {
    it.each([
      ['text that is not JSON', '{"format":1,"answers":'],
      ['the string null', 'null'],
      ['a JSON array', '[1,2,3]'],
      ['a JSON string', '"answers"'],
      [
        'answers of the wrong type',
        '{"format":1,"kind":"aims-atlas-assessment","questionSet":"2026.12.1","profile":{},"answers":"all"}',
      ],
      [
        'markup as a level',
        '{"format":1,"kind":"aims-atlas-assessment","questionSet":"2026.12.1","profile":{},"answers":{"4.1":{"level":"<img src=x onerror=window.pwned=1>"}}}',
      ],
    ])('starts empty with a notice after %s', async (_name, raw) => {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [storageKey, raw]);
      await page.goto(assessmentUrl());
      await expectUsablePage();
      expect(await status()).toBe('0 of 73 questions answered');
      expect(await notices()).toEqual([
        'The answers saved in this browser could not be read, so the questionnaire starts empty. ' +
          'The unreadable text is kept in this browser’s storage under “aims-atlas-assessment-unreadable”.',
      ]);
      expect(
        await page.evaluate(() => localStorage.getItem('aims-atlas-assessment-unreadable')),
      ).toBe(raw);
      expect(await pwned()).toBeUndefined();

      await page.locator('#aa-q-org-size input[value="1-49"]').check();
      expect(await status()).toBe('1 of 73 questions answered');
      expect((await savedState(page))!.profile).toEqual({ 'org-size': '1-49' });
    });

    it('migrates an older question set', async () => {
      await seed({
        ...sharedState,
        questionSet: '2025.6.1',
        answers: { '4.1': { level: 'partial' }, '4.9': { level: 'planned' } },
      });
      await page.goto(assessmentUrl());
      await expectUsablePage();
      expect(await notices()).toEqual([
        'The questions have changed since your answers were saved (question set 2025.6.1). 1 answer no longer fits and was removed: 4.9.',
      ]);
      expect(
        await page.locator(`${questionSelector('4.1')} input[value="partial"]`).isChecked(),
      ).toBe(true);
      expect((await savedState(page))!.questionSet).toBe('2026.12.1');
    });
  });

  describe('storage that fails', () => {
    it('works when storage access throws', async () => {
      await page.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
      });
      await page.goto(assessmentUrl());
      await expectUsablePage();
      expect(await notices()).toEqual([
        'This browser does not let the page store data, so answers are not saved automatically. Export them to a file before you leave.',
      ]);
      await page.locator('#aa-q-org-size input[value="50-300"]').check();
      expect(await status()).toBe('1 of 73 questions answered');
      expect(errors).toEqual([]);
    });

    it('keeps answers when writing throws', async () => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      });
      await page.goto(assessmentUrl());
      await expectUsablePage();
      await page.locator('#aa-q-org-size input[value="50-300"]').check();
      await page.locator('#aa-q-sector input[value="health"]').check();
      expect(await status()).toBe('2 of 73 questions answered');
      expect(await page.locator('.aa-notice--error p').allInnerTexts()).toEqual([
        'Autosave failed because the browser’s storage for this site is full. Your answers are still on the page: export them to a file to keep them.',
      ]);
      expect(await page.locator('#aa-q-sector input[value="health"]').isChecked()).toBe(true);
      expect(errors).toEqual([]);
    });

    it('reports a really full quota', async () => {
      await page.goto(assessmentUrl());
      await waitForIsland(page);
      // Fill the origin's storage to the last character: big chunks first, then ever smaller ones.
      const full = await page.evaluate(() => {
        let key = 0;
        for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 8)) {
          try {
            for (;;) localStorage.setItem(`filler-${key++}`, 'x'.repeat(size));
          } catch {
            // This size no longer fits; try a smaller one.
          }
        }
        try {
          localStorage.setItem('probe', 'x');
          return false;
        } catch {
          return true;
        }
      });
      expect(full).toBe(true);
      await page.locator('#aa-q-org-size input[value="50-300"]').check();
      expect(await page.locator('.aa-notice--error p').allInnerTexts()).toEqual([
        'Autosave failed because the browser’s storage for this site is full. Your answers are still on the page: export them to a file to keep them.',
      ]);
      expect(await page.locator('#aa-q-org-size input[value="50-300"]').isChecked()).toBe(true);
      expect(errors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
    });
  });

  describe('share links', () => {
    it('carry the answers to another browser', async () => {
      await page.goto(assessmentUrl());
      await waitForIsland(page);
      await page.locator('#aa-q-org-size input[value="301-1000"]').check();
      await page.locator('#aa-q-eu-role input[value="importer"]').check();
      await page.locator('.aa-assessment__steps a[data-step="A.5"]').click();
      await page.locator(`${questionSelector('A.5.5')} input[value="not-applicable"]`).check();
      await page.locator(`${questionSelector('A.5.5')} textarea`).fill(hostileNote);
      await openTools(page, 'en');
      await page.getByRole('button', { name: pageText.en.shareButton }).click();
      const field = page.locator('.aa-assessment__share-url');
      await expect.poll(() => field.inputValue()).not.toBe('');
      const link = await field.inputValue();
      expect(link.startsWith(assessmentUrl('en', '#assessment=1.'))).toBe(true);

      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await page.goto(link);
      await waitForIsland(page);
      expect(await notices()).toEqual(['The answers from the link are loaded.']);
      expect(new URL(page.url()).hash).toBe('');
      expect(await page.locator('#aa-q-org-size input[value="301-1000"]').isChecked()).toBe(true);
      expect(await page.locator('#aa-q-eu-role input[value="importer"]').isChecked()).toBe(true);
      expect(await page.locator(`${questionSelector('A.5.5')} textarea`).inputValue()).toBe(
        hostileNote,
      );
      expect(await status()).toBe('3 of 73 questions answered');
      expect(await pwned()).toBeUndefined();
    });

    it('insert markup from a link as text only', async () => {
      await page.goto(assessmentUrl('en', shareFragment(sharedState)));
      await waitForIsland(page);
      expect(await page.locator(`${questionSelector('4.1')} textarea`).inputValue()).toBe(
        hostileNote,
      );
      await page.locator('.aa-assessment__steps a[data-step="results"]').click();
      const gapNote = page.locator('.aa-gap[data-item="4.1"] .aa-gap__note');
      expect(await gapNote.textContent()).toBe(hostileNote);
      expect(await gapNote.locator('*').count()).toBe(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await pwned()).toBeUndefined();
      expect(errors).toEqual([]);
    });

    it('ask before replacing, then undo', async () => {
      await seed(savedAnswers);
      await page.goto(assessmentUrl('en', shareFragment(sharedState)));
      await waitForIsland(page);
      expect(await notices()).toContain(
        'This link contains answers to 4 questions. Load them in place of the answers in this browser? Yours are kept as a backup.',
      );
      await page.getByRole('button', { name: pageText.en.keepMineButton }).click();
      expect(await page.locator('#aa-q-org-size input[value="over-1000"]').isChecked()).toBe(true);
      expect(await savedState(page)).toEqual(savedAnswers);

      await page.goto(assessmentUrl('en', shareFragment(sharedState)));
      await waitForIsland(page);
      await page.getByRole('button', { name: pageText.en.loadSharedButton }).click();
      expect(await page.locator('#aa-q-org-size input[value="1-49"]').isChecked()).toBe(true);
      await page.getByRole('button', { name: pageText.en.restoreButton }).click();
      expect(await page.locator('#aa-q-org-size input[value="over-1000"]').isChecked()).toBe(true);
      expect((await savedState(page))!.answers).toEqual(savedAnswers.answers);
    });

    const damaged =
      'The link is damaged: part of it is missing or has been changed, so nothing was loaded from it.';
    const noAnswers = 'The link does not contain answers, so nothing was loaded from it.';
    const tooLong =
      'The link is too long to be a share link from this page, so nothing was loaded from it.';
    const invalid = 'The link does not contain valid answers, so nothing was loaded from it.';
    const invalidAt = (path: string) =>
      `The link does not contain valid answers (the problem is at “${path}”), so nothing was loaded from it.`;

    it.each([
      [
        'an extra top-level key',
        shareFragment({ ...sharedState, onload: 'window.pwned=1' }),
        invalid,
      ],
      [
        'an extra key in an answer',
        shareFragment({ ...sharedState, answers: { '4.1': { level: 'planned', html: '<b>' } } }),
        invalidAt('answers › 4.1'),
      ],
      [
        'markup as a level',
        shareFragment({
          ...sharedState,
          answers: { '4.1': { level: '<svg onload=window.pwned=1>' } },
        }),
        invalidAt('answers › 4.1 › level'),
      ],
      [
        'markup as a question id',
        shareFragment({
          ...sharedState,
          answers: { '<img src=x onerror=window.pwned=1>': { level: 'planned' } },
        }),
        invalidAt('answers › <img src=x onerror=window.pwned=1>'),
      ],
      [
        'a note over 1,000 characters',
        shareFragment({
          ...sharedState,
          answers: { '4.1': { level: 'planned', note: 'x'.repeat(1001) } },
        }),
        invalidAt('answers › 4.1 › note'),
      ],
      ['JSON that is not an object', shareFragment(['answers']), invalid],
      ['text that is not JSON', shareFragmentOfText('<script>window.pwned=1</script>'), noAnswers],
      ['characters outside base64url', '#assessment=1.abc<script>', damaged],
      ['a truncated stream', shareFragment(sharedState).slice(0, 40), damaged],
      ['another encoding version', shareFragment(sharedState).replace('=1.', '=7.'), damaged],
      ['a fragment over 16,000 characters', `#assessment=1.${'A'.repeat(16_000)}`, tooLong],
      ['a small link that expands past 256 KB', shareFragment(' '.repeat(300 * 1024)), tooLong],
    ])('ignore %s with a message', async (_name, hash, message) => {
      await seed(savedAnswers);
      await page.goto(assessmentUrl('en', hash));
      await waitForIsland(page);
      await expect
        .poll(() => page.locator('.aa-notice--error p').allInnerTexts())
        .toEqual([`${message} Your answers have not changed.`]);
      expect(await page.locator('.aa-notice--error').getAttribute('role')).toBe('alert');
      expect(await savedState(page)).toEqual(savedAnswers);
      expect(await page.locator('#aa-q-org-size input[value="over-1000"]').isChecked()).toBe(true);
      expect(new URL(page.url()).hash).toBe('');
      expect(await pwned()).toBeUndefined();
      expect(errors).toEqual([]);
    });

    it('explain a broken link in Hebrew', async () => {
      await page.goto(assessmentUrl('he', '#assessment=1.abc<script>'));
      await waitForIsland(page);
      await expect
        .poll(() => page.locator('.aa-notice--error p').allInnerTexts())
        .toEqual([
          'הקישור פגום: חלק ממנו חסר או שונה, ולכן לא נטען ממנו דבר. התשובות שלכם לא השתנו.',
        ]);
    });
  });

  describe('imported files', () => {
    const valid = JSON.stringify(sharedState);

    it.each([
      [
        'empty.json',
        '',
        'empty.json was not imported because it is not a JSON file. Choose a file exported from this page.',
      ],
      [
        'truncated.json',
        valid.slice(0, 60),
        'truncated.json was not imported because it is not a JSON file. Choose a file exported from this page.',
      ],
      [
        'page.html',
        '<!doctype html><script>window.pwned=1</script>',
        'page.html was not imported because it is not a JSON file. Choose a file exported from this page.',
      ],
      [
        'soa.csv',
        'Control,Title\r\nA.2.2,AI policy\r\n',
        'soa.csv was not imported because it is not a JSON file. Choose a file exported from this page.',
      ],
      [
        'null.json',
        'null',
        'null.json was not imported because it is not an answers file of this page.',
      ],
      [
        'other-tool.json',
        '{"name":"answers","items":[]}',
        'other-tool.json was not imported because it is not an answers file of this page (the problem is at “format”).',
      ],
      [
        'bad-level.json',
        JSON.stringify({ ...sharedState, answers: { '4.1': { level: 'yes' } } }),
        'bad-level.json was not imported because it is not an answers file of this page (the problem is at “answers › 4.1 › level”).',
      ],
      [
        '<img src=x onerror=window.pwned=1>.json',
        '{',
        '<img src=x onerror=window.pwned=1>.json was not imported because it is not a JSON file. Choose a file exported from this page.',
      ],
      [
        'huge.json',
        ' '.repeat(1024 * 1024 + 1),
        'huge.json was not imported because it is larger than 1 MB, far larger than any answers file.',
      ],
    ])('rejects %s and keeps the answers', async (name, content, message) => {
      await seed(savedAnswers);
      await page.goto(assessmentUrl());
      await waitForIsland(page);

      await page.locator('.aa-assessment__import-input').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      await expect
        .poll(() => page.locator('.aa-notice--error p').allInnerTexts())
        .toEqual([`${message} Your answers have not changed.`]);
      expect(await savedState(page)).toEqual(savedAnswers);
      expect(await page.locator('#aa-q-org-size input[value="over-1000"]').isChecked()).toBe(true);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await pwned()).toBeUndefined();
      expect(errors).toEqual([]);
    });
  });
});
