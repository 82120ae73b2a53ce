import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, distDir, loadPage, readDist } from '../support/dist';

assertBuilt();

describe('assessment page', () => {
  it.each(['en', 'he'] as const)(
    'renders every question as a fieldset with a legend in %s',
    (lang) => {
      const document = loadPage(`/${lang}/assessment/`);
      const fieldsets = [...document.querySelectorAll('fieldset[data-question]')];
      // 8 profile questions, 27 requirement areas of clauses 4–10 and the 38 Annex A controls.
      expect(fieldsets).toHaveLength(73);
      expect(
        fieldsets.filter((fieldset) => fieldset.getAttribute('data-kind') === 'profile'),
      ).toHaveLength(8);
      expect(
        fieldsets.filter((fieldset) => fieldset.getAttribute('data-kind') === 'clause'),
      ).toHaveLength(27);
      expect(
        fieldsets.filter((fieldset) => fieldset.getAttribute('data-kind') === 'control'),
      ).toHaveLength(38);
      for (const fieldset of fieldsets) {
        const id = fieldset.getAttribute('data-question');
        expect(fieldset.querySelector(':scope > legend')?.textContent?.trim(), id!).not.toBe('');
        for (const input of fieldset.querySelectorAll('input')) {
          expect(input.closest('label'), `${id} ${input.getAttribute('value')}`).not.toBeNull();
        }
      }
    },
  );

  it('offers "not applicable" for controls only, each with a labelled note', () => {
    const document = loadPage('/en/assessment/');
    const values = (selector: string) =>
      [...document.querySelectorAll(`${selector} input[type="radio"]`)].map((input) =>
        input.getAttribute('value'),
      );
    expect(values('#aa-q-6-1-2')).toEqual([
      'not-started',
      'planned',
      'partial',
      'in-place',
      'evidenced',
    ]);
    expect(values('#aa-q-a-6-2-4')).toEqual([
      'not-started',
      'planned',
      'partial',
      'in-place',
      'evidenced',
      'not-applicable',
    ]);
    for (const note of document.querySelectorAll('textarea')) {
      expect(
        document.querySelector(`label[for="${note.getAttribute('id')}"]`),
        note.getAttribute('id')!,
      ).not.toBeNull();
    }
  });

  it('embeds the question set and the strings, so the script fetches nothing', () => {
    for (const lang of ['en', 'he']) {
      const document = loadPage(`/${lang}/assessment/`);
      const model = JSON.parse(document.querySelector('script.aa-assessment__model')!.textContent!);
      expect(model.version).toBe('2026.12.1');
      expect(model.lang).toBe(lang);
      expect(model.items).toHaveLength(65);
      for (const item of model.items) expect(item.href.startsWith(`/${lang}/`), item.id).toBe(true);
      const strings = JSON.parse(
        document.querySelector('aa-assessment')!.getAttribute('data-strings')!,
      );
      expect(strings.text.levelNotStarted).toBe(lang === 'en' ? 'Not started' : 'לא התחלנו');
      expect(Object.keys(strings.plurals.progressSkipped).sort()).toEqual(
        lang === 'en' ? ['one', 'other'] : ['one', 'other', 'two'],
      );
    }
  });

  it('loads nothing from another host and ships no request code in its script', () => {
    const html = readDist('/en/assessment/');
    // Resources the browser fetches: src attributes and stylesheet, preload and icon links.
    // Canonical and hreflang links name the page's public address but load nothing.
    const loaded = [
      ...[...html.matchAll(/\ssrc="([^"]+)"/g)].map((match) => match[1]!),
      ...[
        ...html.matchAll(/<link\s[^>]*rel="(?:stylesheet|preload|modulepreload|icon)"[^>]*>/g),
      ].map((match) => /\shref="([^"]+)"/.exec(match[0])?.[1] ?? ''),
    ];
    expect(loaded.length).toBeGreaterThan(5);
    expect(loaded.filter((url) => !url.startsWith('/') || url.startsWith('//'))).toEqual([]);
    // The assessment's script and every chunk it imports, however deep. (The layout's search
    // dialog loads its code when a reader opens it, which is a request the reader asks for.)
    const pending = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
      .map((match) => match[1]!)
      .filter((src) => src.includes('/assessment.'));
    const scripts = new Set<string>();
    while (pending.length > 0) {
      const script = pending.pop()!;
      if (scripts.has(script)) continue;
      scripts.add(script);
      const code = readFileSync(join(distDir, script), 'utf8');
      for (const match of code.matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
        pending.push(new URL(match[1]!, `http://site${script}`).pathname);
      }
    }
    expect([...scripts].some((script) => script.includes('assessment'))).toBe(true);
    for (const script of scripts) {
      const code = readFileSync(join(distDir, script), 'utf8');
      expect(code, script).not.toMatch(
        /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|\bimport\(/,
      );
    }
  });
});

describe('astro build with a broken question set', { timeout: 180_000 }, () => {
  it('fails naming the file and the entry', () => {
    const projectDir = resolve('.');
    const dir = mkdtempSync(join(tmpdir(), 'aims-assessment-build-'));
    try {
      for (const entry of [
        'src',
        'catalog',
        'content',
        'locales',
        'public',
        'astro.config.mjs',
        'package.json',
        'tsconfig.json',
      ]) {
        cpSync(join(projectDir, entry), join(dir, entry), { recursive: true });
      }
      symlinkSync(join(projectDir, 'node_modules'), join(dir, 'node_modules'));
      const file = join(dir, 'catalog/assessment/questions.json');
      const questions = JSON.parse(readFileSync(file, 'utf8'));
      questions.controls[0].prompt.he = 'Do you have an AI policy?';
      writeFileSync(file, JSON.stringify(questions));

      const result = spawnSync('npx', ['astro', 'build'], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 170_000,
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('catalog/assessment/questions.json is invalid:');
      expect(output).toContain(
        'entry A.2.2, controls.0.prompt.he: Hebrew text contains no Hebrew letters (got "Do you have an AI policy?").',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
