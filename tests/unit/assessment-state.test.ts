import { describe, expect, it } from 'vitest';
import {
  emptyState,
  migrateState,
  parseState,
  type AssessmentState,
} from '../../src/lib/assessment/state';
import {
  loadState,
  saveState,
  storageKeys,
  type StorageSource,
} from '../../src/lib/assessment/storage';
import { fixtureModel, scenarioA } from '../support/assessment-fixture';

/** An in-memory Storage; `failWrites` makes setItem throw the given DOMException name. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  constructor(private readonly failWrites?: string) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('write refused', this.failWrites);
    this.items.set(key, value);
  }
}

const sourceOf =
  (storage: Storage): StorageSource =>
  () =>
    storage;

/** A state saved by an older question set (2025.6.1), with answers that no longer fit. */
const olderState = {
  format: 1,
  kind: 'aims-atlas-assessment',
  questionSet: '2025.6.1',
  updatedAt: '2025-07-01T09:30:00.000Z',
  profile: {
    'org-size': 'base',
    'team-size': 'ten',
    'eu-market': 'maybe',
    'eu-role': ['deployer', 'authorised-representative'],
    development: ['builds'],
  },
  answers: {
    '4.1': { level: 'planned', note: 'Workshop booked.' },
    '4.3': { level: 'in-place' },
    '4.2': { level: 'not-applicable', note: 'Clause requirements cannot be excluded.' },
    'A.5.4': { level: 'not-applicable', note: 'No decisions about people.' },
  },
  skipped: ['A.2.2', 'A.9.9', '4.1', 'A.2.2'],
  step: 'A.9',
};

describe('parseState', () => {
  it('accepts a complete saved state', () => {
    expect(parseState(scenarioA)).toEqual({ ok: true, state: scenarioA });
  });

  it.each([
    ['null', null, ''],
    ['an array', [], ''],
    ['a string', 'answers', ''],
    ['another format', { ...scenarioA, format: 2 }, 'format'],
    ['another kind', { ...scenarioA, kind: 'quiz' }, 'kind'],
    ['an extra key', { ...scenarioA, admin: true }, ''],
    [
      'an extra key in an answer',
      { ...scenarioA, answers: { '4.1': { level: 'planned', x: 1 } } },
      'answers › 4.1',
    ],
    [
      'an unknown level',
      { ...scenarioA, answers: { '4.1': { level: 'done' } } },
      'answers › 4.1 › level',
    ],
    [
      'a number as a level',
      { ...scenarioA, answers: { '4.1': { level: 3 } } },
      'answers › 4.1 › level',
    ],
    [
      'a note over 1,000 characters',
      { ...scenarioA, answers: { '4.1': { level: 'planned', note: 'x'.repeat(1001) } } },
      'answers › 4.1 › note',
    ],
    [
      'a question id with markup',
      { ...scenarioA, answers: { '<b>': { level: 'planned' } } },
      'answers › <b>',
    ],
    [
      'a profile value that is an object',
      { ...scenarioA, profile: { sector: { id: 'x' } } },
      'profile › sector',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(parseState(value)).toEqual({ ok: false, path });
  });

  it('leaves the prototype of answers alone', () => {
    const value = JSON.parse('{"__proto__": {"level": "planned"}}') as unknown;
    const result = parseState({ ...emptyState('2026.12.1'), answers: value });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.getPrototypeOf(result.state.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).level).toBeUndefined();
  });
});

describe('migrateState', () => {
  it('keeps valid answers from an older question set and drops the rest', () => {
    const parsed = parseState(olderState);
    expect(parsed.ok).toBe(true);
    const migration = migrateState((parsed as { state: AssessmentState }).state, fixtureModel);

    expect(migration.fromVersion).toBe('2025.6.1');
    // team-size and 4.3 are gone from the question set; "maybe" is no longer an eu-market
    // option; 4.2 is a clause, which cannot be "not applicable".
    expect(migration.dropped).toEqual(['team-size', 'eu-market', '4.3', '4.2']);
    expect(migration.state).toEqual({
      format: 1,
      kind: 'aims-atlas-assessment',
      questionSet: '2026.12.1',
      updatedAt: '2025-07-01T09:30:00.000Z',
      profile: { 'org-size': 'base', 'eu-role': ['deployer'], development: 'builds' },
      answers: {
        '4.1': { level: 'planned', note: 'Workshop booked.' },
        'A.5.4': { level: 'not-applicable', note: 'No decisions about people.' },
      },
      // A.9.9 does not exist and 4.1 has an answer; the duplicate A.2.2 is kept once.
      skipped: ['A.2.2'],
    });
  });

  it('changes nothing in a state of the current version', () => {
    const migration = migrateState(scenarioA, fixtureModel);
    expect(migration.dropped).toEqual([]);
    expect(migration.state).toEqual({ ...scenarioA, skipped: [] });
  });

  it('drops a single-choice answer that names two valid options', () => {
    const migration = migrateState(
      { ...emptyState('2026.1.1'), profile: { sector: ['public', 'other'] } },
      fixtureModel,
    );
    expect(migration.state.profile).toEqual({});
    expect(migration.dropped).toEqual(['sector']);
  });
});

describe('loadState', () => {
  it('reports empty storage', () => {
    expect(loadState(sourceOf(new MemoryStorage()), fixtureModel)).toEqual({ status: 'empty' });
  });

  it('migrates what it loads', () => {
    const storage = new MemoryStorage();
    storage.items.set(storageKeys.state, JSON.stringify(olderState));
    const result = loadState(sourceOf(storage), fixtureModel);
    expect(result.status).toBe('loaded');
    if (result.status === 'loaded') {
      expect(result.dropped).toEqual(['team-size', 'eu-market', '4.3', '4.2']);
    }
  });

  it.each([
    ['text that is not JSON', '{"format": 1,', 'not-json', ''],
    ['the string null', 'null', 'invalid', ''],
    ['a JSON number', '42', 'invalid', ''],
    [
      'an object of the wrong shape',
      '{"format":1,"kind":"aims-atlas-assessment"}',
      'invalid',
      'questionSet',
    ],
  ])('sets aside %s and keeps a copy', (_name, raw, reason, path) => {
    const storage = new MemoryStorage();
    storage.items.set(storageKeys.state, raw);
    expect(loadState(sourceOf(storage), fixtureModel)).toEqual({
      status: 'unreadable',
      reason,
      path,
      copied: true,
    });
    expect(storage.items.get(storageKeys.unreadable)).toBe(raw);
    expect(storage.items.get(storageKeys.state)).toBe(raw);
  });

  it('reports unreadable text it could not copy', () => {
    const storage = new MemoryStorage('QuotaExceededError');
    storage.items.set(storageKeys.state, 'garbage');
    expect(loadState(sourceOf(storage), fixtureModel)).toMatchObject({
      status: 'unreadable',
      copied: false,
    });
  });

  it('reports storage that throws on access', () => {
    const blocked: StorageSource = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(loadState(blocked, fixtureModel)).toEqual({ status: 'unavailable' });
  });
});

describe('saveState', () => {
  it('writes the state as JSON', () => {
    const storage = new MemoryStorage();
    expect(saveState(sourceOf(storage), scenarioA)).toEqual({ ok: true });
    expect(JSON.parse(storage.items.get(storageKeys.state)!)).toEqual(scenarioA);
  });

  it('tells a full quota from blocked storage', () => {
    expect(saveState(sourceOf(new MemoryStorage('QuotaExceededError')), scenarioA)).toEqual({
      ok: false,
      reason: 'quota',
    });
    expect(saveState(sourceOf(new MemoryStorage('SecurityError')), scenarioA)).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});
