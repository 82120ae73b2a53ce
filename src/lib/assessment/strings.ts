import { translate } from '../../i18n';
import type { Lang } from '../languages';

/** Plural forms of one string by CLDR category ("one", "two", "other"), placeholders left in. */
export type PluralStrings = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Keys whose strings the island fills in at run time, with their {{placeholders}} left in. */
const textKeys = [
  'levelNotStarted',
  'levelPlanned',
  'levelPartial',
  'levelInPlace',
  'levelEvidenced',
  'levelNotApplicable',
  'levelUnanswered',
  'noticeRestored',
  'noticeUpgraded',
  'noticeUnreadable',
  'noticeUnreadableKept',
  'noticeStorageBlocked',
  'noticeStorageFull',
  'noticeImported',
  'noticeBackup',
  'noticeUnchanged',
  'importTooLarge',
  'importInvalidJson',
  'importInvalidSchema',
  'importInvalidSchemaAt',
  'importReadFailed',
  'shareTooLong',
  'shareInvalidEncoding',
  'shareInvalidJson',
  'shareInvalidSchema',
  'shareInvalidSchemaAt',
  'shareLoaded',
  'shareIgnored',
  'shareCreated',
  'shareCreatedNotCopied',
  'shareTooLongToCreate',
  'noticeCleared',
  'noticeOtherTab',
  'noticeRestoredBackup',
  'noticeNoBackup',
  'progressStatus',
  'stepCount',
  'noAnswers',
  'overallLabel',
  'bandHigh',
  'bandMedium',
  'bandLow',
  'priorityDetail',
  'deadlineAdopted',
  'deadlineAmended',
  'deadlineNone',
  'effortValue',
  'creditFull',
  'creditPartial',
  'targetValue',
  'targetLate',
  'tagsNone',
  'tagFull',
  'tagPartial',
  'effortTotal',
  'timelineRange',
  'deadlinesNone',
  'clauseHeading',
  'restoreButton',
  'dismissButton',
  'loadSharedButton',
  'keepMineButton',
  'gapChangeAnswer',
  'digestUnavailable',
  'soaControl',
  'soaTitle',
  'soaApplicable',
  'soaJustification',
  'soaStatus',
  'yes',
  'no',
] as const;

const pluralKeys = [
  'hiddenCount',
  'noticeMigrated',
  'shareConfirm',
  'progressSkipped',
  'timelineSingle',
  'lateCount',
] as const;

export type AssessmentText = Record<(typeof textKeys)[number], string>;
export type AssessmentPlurals = Record<(typeof pluralKeys)[number], PluralStrings>;
export interface AssessmentStrings {
  text: AssessmentText;
  plurals: AssessmentPlurals;
}

/** Returns each plural form of `key` that the language uses, as translate() resolves it. */
function pluralForms(lang: Lang, key: string): PluralStrings {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const forms: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const category of new Set([...categories, 'other' as const])) {
    forms[category] = translate(lang, `assessment.${key}_${category}`);
  }
  return forms as PluralStrings;
}

/**
 * Resolves every string the assessment island needs in one language, at build time. A key missing
 * in the locale files fails the build here, so the island never shows a key.
 */
export function buildAssessmentStrings(lang: Lang): AssessmentStrings {
  return {
    text: Object.fromEntries(
      textKeys.map((key) => [key, translate(lang, `assessment.${key}`)]),
    ) as AssessmentText,
    plurals: Object.fromEntries(
      pluralKeys.map((key) => [key, pluralForms(lang, key)]),
    ) as AssessmentPlurals,
  };
}
