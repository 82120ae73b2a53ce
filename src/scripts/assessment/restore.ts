import { emptyState, hasAnswers, type AssessmentState } from '../../lib/assessment/state';
import { loadState, storageKeys, type StorageSource } from '../../lib/assessment/storage';
import { migrationSentences, type KeepingHost } from './keeping';
import { fill, formatDateTime } from './text';

export interface RestoredAnswers {
  state: AssessmentState;
  /** The browser does not let the page use storage at all. */
  storageBlocked: boolean;
  /** The answers were given to another question-set version and have been fitted to this one. */
  migrated: boolean;
}

/**
 * Loads the answers saved in the browser and reports what happened in a notice: answers restored,
 * migrated from an older question set, unreadable (the questionnaire then starts empty), or storage
 * blocked. Nothing here throws, whatever storage contains.
 */
export function restoreSavedAnswers(host: KeepingHost, storage: StorageSource): RestoredAnswers {
  const { model, notices, text, lang } = host;
  const result = loadState(storage, model);
  if (result.status === 'unavailable') {
    notices.show([text.noticeStorageBlocked], { tone: 'error', key: 'storage' });
  }
  if (result.status === 'unreadable') {
    const copyNote = result.copied
      ? [fill(text.noticeUnreadableKept, { key: storageKeys.unreadable })]
      : [];
    notices.show([text.noticeUnreadable, ...copyNote], { tone: 'error', key: 'storage' });
  }
  if (result.status !== 'loaded') {
    return {
      state: emptyState(model.version),
      storageBlocked: result.status === 'unavailable',
      migrated: false,
    };
  }

  const sentences = migrationSentences(host, result);
  const saved = new Date(result.state.updatedAt ?? '');
  if (sentences.length === 0 && hasAnswers(result.state) && !Number.isNaN(saved.getTime())) {
    sentences.push(fill(text.noticeRestored, { date: formatDateTime(lang, saved) }));
  }
  if (sentences.length > 0) notices.show(sentences, { key: 'restore' });
  return {
    state: result.state,
    storageBlocked: false,
    migrated: result.fromVersion !== model.version,
  };
}
