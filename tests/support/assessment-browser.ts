import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import type { Download, Page } from 'playwright-core';

export type Lang = 'en' | 'he';

/** Everything the tests read from the page in each language, written out by hand. */
export const pageText = {
  en: {
    nextStep: 'Next section',
    showResults: 'See the results',
    resultsTitle: 'Results',
    exportButton: 'Export answers (JSON)',
    importButton: 'Import answers',
    shareButton: 'Create a share link',
    printButton: 'Print the report',
    soaButton: 'Download a draft Statement of Applicability (CSV)',
    clearButton: 'Clear all answers',
    toolsTitle: 'Save and share',
    restoreButton: 'Restore the previous answers',
    loadSharedButton: 'Load the answers from the link',
    keepMineButton: 'Keep my answers',
    skip: 'Skip for now',
    bandHigh: 'High',
    bandMedium: 'Medium',
  },
  he: {
    nextStep: 'לחלק הבא',
    showResults: 'לתוצאות',
    resultsTitle: 'תוצאות',
    exportButton: 'ייצוא התשובות (JSON)',
    importButton: 'ייבוא תשובות',
    shareButton: 'יצירת קישור שיתוף',
    printButton: 'הדפסת הדוח',
    soaButton: 'הורדת טיוטה של הצהרת ישימות (CSV)',
    clearButton: 'מחיקת כל התשובות',
    toolsTitle: 'שמירה ושיתוף',
    restoreButton: 'שחזור התשובות הקודמות',
    loadSharedButton: 'טעינת התשובות מהקישור',
    keepMineButton: 'השארת התשובות שלי',
    skip: 'דילוג בינתיים',
    bandHigh: 'גבוהה',
    bandMedium: 'בינונית',
  },
} as const;

/**
 * The answers the complete-assessment tests give: a 50–300 person organization with 5–15 AI
 * systems, outside the EU market, building its own AI, without ISO/IEC 27001, whose systems make
 * no decisions about people. Every clause and control is "in place with evidence" except 4.1 (not
 * started), A.2.2 (planned) and A.5.5 (not applicable).
 */
export const profileChoices: Record<string, string> = {
  'org-size': '50-300',
  'ai-systems': '5-15',
  sector: 'technology',
  'eu-market': 'no',
  development: 'builds',
  iso27001: 'none',
  'affects-people': 'no',
};
export const exceptions: Record<string, string> = {
  '4.1': 'not-started',
  'A.2.2': 'planned',
  'A.5.5': 'not-applicable',
};
export const notApplicableNote = 'We run no system whose effects reach beyond our own staff.';

/** The page's storage key for saved answers. */
export const storageKey = 'aims-atlas-assessment';

export const questionSelector = (id: string) =>
  `#aa-q-${id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** Answers every visible question of the current step the way the fixtures above say, by clicking. */
export async function answerVisibleStep(page: Page): Promise<void> {
  const fieldsets = page.locator(
    '.aa-assessment__step:not([hidden]) fieldset[data-question]:not([hidden])',
  );
  for (const fieldset of await fieldsets.all()) {
    // An earlier answer in the same step can hide a question (the EU roles after "no EU market").
    if (!(await fieldset.isVisible())) continue;
    const id = (await fieldset.getAttribute('data-question'))!;
    const kind = await fieldset.getAttribute('data-kind');
    if (kind === 'profile') {
      const value = id === 'eu-role' ? 'deployer' : profileChoices[id]!;
      await fieldset.locator(`input[value="${value}"]`).check();
      continue;
    }
    const level = exceptions[id] ?? 'evidenced';
    await fieldset.locator(`input[value="${level}"]`).check();
    if (level === 'not-applicable') await fieldset.locator('textarea').fill(notApplicableNote);
  }
}

/** Opens the "Save and share" tools if they are closed. */
export async function openTools(page: Page, lang: Lang): Promise<void> {
  const summary = page.locator('summary', { hasText: pageText[lang].toolsTitle });
  const open = await page
    .locator('.aa-assessment__tools')
    .evaluate((details) => (details as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

/** Clicks a button that starts a download and returns the downloaded text. */
export async function downloadText(
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { download, text: readFileSync(path!, 'utf8') };
}

/** Encodes text as the page's share links do: DEFLATE (zlib format), base64url, "1." first. */
export function shareFragmentOfText(text: string): string {
  return `#assessment=1.${deflateSync(Buffer.from(text, 'utf8')).toString('base64url')}`;
}

/** Encodes a value as a share link's fragment, as the page's "Create a share link" does. */
export function shareFragment(value: unknown): string {
  return shareFragmentOfText(JSON.stringify(value));
}

/** Waits until the island has upgraded the page. */
export async function waitForIsland(page: Page): Promise<void> {
  await page.waitForSelector('aa-assessment[data-ready="true"]');
}

/** Reads the state the page saved in localStorage. */
export async function savedState(page: Page): Promise<Record<string, any> | null> {
  return page.evaluate((key) => {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as Record<string, unknown>);
  }, storageKey);
}
