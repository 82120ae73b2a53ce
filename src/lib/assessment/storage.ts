import type { AssessmentModel } from './model';
import { migrateState, parseState, type AssessmentState, type Migration } from './state';

export const storageKeys = {
  state: 'aims-atlas-assessment',
  /** The answers as they were before an import, a share link or a reset replaced them. */
  backup: 'aims-atlas-assessment-backup',
  /** Saved text that could not be read, kept aside so that autosave does not destroy it. */
  unreadable: 'aims-atlas-assessment-unreadable',
} as const;

/**
 * Returns the storage to use. It is a function because merely reading window.localStorage throws
 * a SecurityError when the browser blocks storage for the site.
 */
export type StorageSource = () => Storage;

export type LoadResult =
  | { status: 'empty' }
  | ({ status: 'loaded' } & Migration)
  | {
      status: 'unreadable';
      reason: 'not-json' | 'invalid';
      /** Location of the first schema problem, for the message ("answers › A.6.2.4 › level"). */
      path: string;
      /** Whether the unreadable text was copied to storageKeys.unreadable. */
      copied: boolean;
    }
  | { status: 'unavailable' };

export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' };

function copyUnreadable(source: StorageSource, raw: string): boolean {
  try {
    source().setItem(storageKeys.unreadable, raw);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads saved answers and fits them to the current question set. Never throws: blocked storage,
 * text that is not JSON and JSON of the wrong shape each return their own status.
 */
export function loadState(
  source: StorageSource,
  model: AssessmentModel,
  key: string = storageKeys.state,
): LoadResult {
  let raw: string | null;
  try {
    raw = source().getItem(key);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };

  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return {
      status: 'unreadable',
      reason: 'not-json',
      path: '',
      copied: copyUnreadable(source, raw),
    };
  }
  const parsed = parseState(value);
  if (!parsed.ok) {
    return {
      status: 'unreadable',
      reason: 'invalid',
      path: parsed.path,
      copied: copyUnreadable(source, raw),
    };
  }
  return { status: 'loaded', ...migrateState(parsed.state, model) };
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Writes answers under `key`. Never throws, and tells a full quota from blocked storage. */
export function saveState(
  source: StorageSource,
  state: AssessmentState,
  key: string = storageKeys.state,
): SaveResult {
  try {
    source().setItem(key, JSON.stringify(state));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Removes a key, ignoring blocked storage: there is nothing left to protect in that case. */
export function removeState(source: StorageSource, key: string): void {
  try {
    source().removeItem(key);
  } catch {
    // Storage is blocked, so nothing was stored under the key either.
  }
}
