import { describe, expect, it } from 'vitest';
import {
  decodeShareFragment,
  encodeShareFragment,
  maxShareLength,
  sharePrefix,
  type ShareDecodeResult,
} from '../../src/lib/assessment/share';
import { fixtureModel, fixtureState, scenarioA } from '../support/assessment-fixture';

/** Encodes arbitrary text the way share links do: DEFLATE, then base64url after "1.". */
async function fragmentOf(text: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(text)])
    .stream()
    .pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const base64 = Buffer.from(bytes).toString('base64url');
  return `${sharePrefix}1.${base64}`;
}

/** Checks that a decoded link is valid and returns it narrowed to the valid case. */
function expectValid(result: ShareDecodeResult): Extract<ShareDecodeResult, { status: 'valid' }> {
  expect(result.status).toBe('valid');
  if (result.status !== 'valid') throw new Error(`the link was ${result.status}`);
  return result;
}

const hostileNote = '</script><img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('encodeShareFragment', () => {
  it('round-trips the answers through the URL fragment', async () => {
    const state = {
      ...scenarioA,
      skipped: ['sector'],
      step: 'A.2',
      updatedAt: '2026-12-04T10:00:00.000Z',
    };
    const encoded = await encodeShareFragment(state);
    expect(encoded.ok).toBe(true);
    const fragment = (encoded as { fragment: string }).fragment;
    expect(fragment.startsWith('#assessment=1.')).toBe(true);
    expect(fragment).toMatch(/^#assessment=1\.[A-Za-z0-9_-]+$/);

    const decoded = expectValid(await decodeShareFragment(fragment, fixtureModel));
    // Only the answers travel: the skipped list, the step and the save time stay in the browser.
    expect(decoded.state).toEqual({
      format: 1,
      kind: 'aims-atlas-assessment',
      questionSet: '2026.12.1',
      profile: scenarioA.profile,
      answers: scenarioA.answers,
      skipped: [],
    });
  });

  it('keeps markup in a note as plain text', async () => {
    const state = fixtureState({}, { '4.1': { level: 'planned', note: hostileNote } });
    const encoded = await encodeShareFragment(state);
    const decoded = await decodeShareFragment(
      (encoded as { fragment: string }).fragment,
      fixtureModel,
    );
    expect(expectValid(decoded).state.answers['4.1']).toEqual({
      level: 'planned',
      note: hostileNote,
    });
  });

  it('refuses answers too long for a link', async () => {
    // Notes of pseudo-random letters compress poorly: 40 × 1,000 characters stay far above the limit.
    let seed = 7;
    const letter = () => {
      // MINSTD (Park and Miller): products stay below 2^53, so the arithmetic is exact.
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(97 + (seed % 26));
    };
    const answers = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [
        `4.${index + 1}`,
        { level: 'planned' as const, note: Array.from({ length: 1000 }, letter).join('') },
      ]),
    );
    expect(await encodeShareFragment(fixtureState({}, answers))).toEqual({
      ok: false,
      reason: 'too-long',
    });
  });
});

describe('decodeShareFragment', () => {
  it.each(['', '#', '#aa-step-profile', '#assessment', '?assessment=1.abc'])(
    'ignores %j',
    async (hash) => {
      expect(await decodeShareFragment(hash, fixtureModel)).toEqual({ status: 'absent' });
    },
  );

  it.each([
    ['another encoding version', `${sharePrefix}2.eJyrrgUAAXUA-Q`],
    ['characters outside base64url', `${sharePrefix}1.abc%3Cscript%3E`],
    ['a plus sign', `${sharePrefix}1.ab+c`],
    ['nothing after the version', `${sharePrefix}1.`],
    ['base64 that is not DEFLATE', `${sharePrefix}1.AAAAAAAA`],
    ['a truncated stream', `${sharePrefix}1.eJyrVkrLz`],
  ])('rejects %s as badly encoded', async (_name, hash) => {
    expect(await decodeShareFragment(hash, fixtureModel)).toEqual({
      status: 'invalid',
      reason: 'invalid-encoding',
      path: '',
    });
  });

  it('rejects a fragment over the length limit before decoding it', async () => {
    const hash = `${sharePrefix}1.${'A'.repeat(maxShareLength)}`;
    expect(await decodeShareFragment(hash, fixtureModel)).toEqual({
      status: 'invalid',
      reason: 'too-long',
      path: '',
    });
  });

  it('stops a small link that expands past 256 KB', async () => {
    const hash = await fragmentOf(' '.repeat(300 * 1024));
    expect(hash.length).toBeLessThan(2000);
    expect(await decodeShareFragment(hash, fixtureModel)).toEqual({
      status: 'invalid',
      reason: 'too-long',
      path: '',
    });
  });

  it('rejects text that is not JSON', async () => {
    expect(
      await decodeShareFragment(await fragmentOf('<script>alert(1)</script>'), fixtureModel),
    ).toEqual({
      status: 'invalid',
      reason: 'invalid-json',
      path: '',
    });
  });

  it.each([
    ['an extra top-level key', { ...scenarioA, script: 'alert(1)' }, ''],
    [
      'an extra key in an answer',
      { ...scenarioA, answers: { '4.1': { level: 'planned', onclick: 'alert(1)' } } },
      'answers › 4.1',
    ],
    [
      'markup as a level',
      { ...scenarioA, answers: { '4.1': { level: '<img src=x onerror=alert(1)>' } } },
      'answers › 4.1 › level',
    ],
    [
      'markup as a question id',
      { ...scenarioA, answers: { '<svg onload=alert(1)>': { level: 'planned' } } },
      'answers › <svg onload=alert(1)>',
    ],
    ['the wrong kind', { ...scenarioA, kind: 'something-else' }, 'kind'],
    ['an array', [scenarioA], ''],
  ])('rejects %s against the strict schema', async (_name, value, path) => {
    expect(
      await decodeShareFragment(await fragmentOf(JSON.stringify(value)), fixtureModel),
    ).toEqual({
      status: 'invalid',
      reason: 'invalid-schema',
      path,
    });
  });

  it('migrates a link made with an older question set', async () => {
    const older = {
      ...fixtureState({ 'team-size': 'ten' }, { '4.1': { level: 'partial' } }),
      questionSet: '2025.1.1',
    };
    const decoded = expectValid(
      await decodeShareFragment(await fragmentOf(JSON.stringify(older)), fixtureModel),
    );
    expect(decoded.fromVersion).toBe('2025.1.1');
    expect(decoded.dropped).toEqual(['team-size']);
    expect(decoded.state.answers).toEqual({ '4.1': { level: 'partial' } });
  });
});
