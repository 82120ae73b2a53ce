import { describe, expect, it } from 'vitest';
import {
  exportDocument,
  exportFileName,
  parseImportedText,
} from '../../src/lib/assessment/exchange';
import {
  answersDigest,
  canonicalJson,
  csvCell,
  soaCsv,
  type SoaLabels,
} from '../../src/lib/assessment/report';
import { fixtureModel, fixtureState, scenarioA, scenarioB } from '../support/assessment-fixture';

const labels: SoaLabels = {
  header: ['Control', 'Title', 'Applicable', 'Justification', 'Status'],
  yes: 'Yes',
  no: 'No',
  levels: {
    'not-started': 'Not started',
    planned: 'Planned',
    partial: 'Partly in place',
    'in-place': 'In place',
    evidenced: 'In place with evidence',
    'not-applicable': 'Not applicable',
    unanswered: 'Not answered',
  },
};

describe('csvCell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a, b', '"a, b"'],
    ['say "yes"', '"say ""yes"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\u2066A.6.2.4\u2069', 'A.6.2.4'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('soaCsv', () => {
  it('lists each control with applicability, justification and status', () => {
    // Scenario A: A.2.2 has evidence; A.5.4 is not started; A.5.5 is ruled out by the profile,
    // whose branch reason becomes the justification.
    expect(soaCsv(fixtureModel, scenarioA, labels)).toBe(
      '\ufeffControl,Title,Applicable,Justification,Status\r\n' +
        'A.2.2,AI policy,Yes,,In place with evidence\r\n' +
        'A.5.4,Impact on individuals,Yes,,Not started\r\n' +
        'A.5.5,Societal impacts,No,You build no AI.,Not applicable\r\n',
    );
  });

  it('writes the reader’s justification and marks unanswered controls', () => {
    const { 'A.5.4': _removed, ...answers } = scenarioB.answers;
    const state = {
      ...scenarioB,
      answers: { ...answers, 'A.2.2': { level: 'planned' as const, note: '=cmd, "quoted"' } },
    };
    expect(soaCsv(fixtureModel, state, labels)).toBe(
      '\ufeffControl,Title,Applicable,Justification,Status\r\n' +
        `A.2.2,AI policy,Yes,"'=cmd, ""quoted""",Planned\r\n` +
        'A.5.4,Impact on individuals,Yes,,Not answered\r\n' +
        'A.5.5,Societal impacts,No,We run no public-facing systems.,Not applicable\r\n',
    );
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 'x'], e: undefined })).toBe(
      '{"a":[{"c":3,"d":2},"x"],"b":1}',
    );
  });
});

describe('answersDigest', () => {
  it('hashes the version, profile and answers', async () => {
    const state = {
      ...fixtureState({ 'org-size': 'base' }, { '4.1': { level: 'planned' } }),
      skipped: ['A.2.2'],
      step: 'A.2',
    };
    // sha256 of {"answers":{"4.1":{"level":"planned"}},"profile":{"org-size":"base"},"questionSet":"2026.12.1"}
    expect(await answersDigest(state)).toBe(
      'd2002accd87c4fe3efc8df7495e900144d9ddf96cf27bd8852182cad85e34e67',
    );
  });

  it('hashes Hebrew notes as UTF-8', async () => {
    const state = fixtureState(
      { 'eu-role': ['deployer', 'provider'] },
      { 'A.2.2': { level: 'not-applicable', note: 'אין לנו מדיניות' } },
    );
    expect(await answersDigest(state)).toBe(
      'ef90091f5c1daadd025bacd8b5b09ce4b4c990320e2e59440d9f99090fd49683',
    );
  });
});

describe('exportDocument', () => {
  it('writes a file that imports back to the same answers', () => {
    const state = { ...scenarioA, skipped: ['A.5.4'], step: 'A.2' };
    const text = exportDocument(state, new Date('2026-12-04T10:15:00Z'));
    expect(JSON.parse(text)).toEqual({
      format: 1,
      kind: 'aims-atlas-assessment',
      questionSet: '2026.12.1',
      updatedAt: '2026-12-04T10:15:00.000Z',
      profile: scenarioA.profile,
      answers: scenarioA.answers,
      skipped: ['A.5.4'],
    });
    const imported = parseImportedText(text, fixtureModel);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.state.answers).toEqual(scenarioA.answers);
    // A.5.4 was skipped but has an answer, so the import no longer lists it as skipped.
    expect(imported.state.skipped).toEqual([]);
  });

  it('names files by content and date', () => {
    expect(exportFileName('assessment', '2026-12-04')).toBe(
      'aims-atlas-assessment-2026-12-04.json',
    );
    expect(exportFileName('soa-draft', '2026-12-04')).toBe('aims-atlas-soa-draft-2026-12-04.csv');
  });
});

describe('parseImportedText', () => {
  it('accepts a file saved with a byte-order mark', () => {
    const result = parseImportedText(`\ufeff${JSON.stringify(scenarioA)}`, fixtureModel);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'invalid-json', ''],
    ['a truncated file', '{"format": 1, "answers": {', 'invalid-json', ''],
    ['an HTML page', '<!doctype html><script>alert(1)</script>', 'invalid-json', ''],
    ['the JSON null', 'null', 'invalid-schema', ''],
    ['a CSV export', 'Control,Title\r\nA.2.2,AI policy', 'invalid-json', ''],
    ['another tool’s JSON', '{"name": "my answers", "items": []}', 'invalid-schema', 'format'],
    [
      'a wrong level',
      JSON.stringify({ ...scenarioA, answers: { 'A.2.2': { level: 'yes' } } }),
      'invalid-schema',
      'answers › A.2.2 › level',
    ],
    ['an oversized file', ' '.repeat(1024 * 1024 + 1), 'too-large', ''],
  ])('rejects %s', (_name, text, reason, path) => {
    expect(parseImportedText(text, fixtureModel)).toEqual({ ok: false, reason, path });
  });
});
