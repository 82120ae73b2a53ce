import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectDir = resolve('.');
let copyDir: string;

/** Runs the real `astro build` on a copy of the project in which `breakCopy` has broken something. */
function buildBroken(breakCopy: (dir: string) => void): { status: number | null; output: string } {
  const dir = mkdtempSync(join(copyDir, 'case-'));
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
  breakCopy(dir);
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function editFile(path: string, edit: (text: string) => string): void {
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
}

beforeAll(() => {
  copyDir = mkdtempSync(join(tmpdir(), 'aims-build-errors-'));
});

afterAll(() => rmSync(copyDir, { recursive: true, force: true }));

describe('astro build', { timeout: 120_000 }, () => {
  it('fails on a Hebrew acronym quote inside a quoted title, naming file and line', () => {
    const result = buildBroken((dir) =>
      editFile(join(dir, 'content/he/guides/what-is-an-aims.mdx'), (text) =>
        text.replace(/^title: .*$/m, 'title: "מה זה AIMS ומה אומר עליו מנכ"ל"'),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/he/guides/what-is-an-aims.mdx:2: the frontmatter is not valid YAML',
    );
    expect(result.output).toContain('write Hebrew acronyms with ״');
  });

  it('fails on a page without its twin', () => {
    const result = buildBroken((dir) => unlinkSync(join(dir, 'content/he/controls/a-9-4.mdx')));
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'content/en/controls/a-9-4.mdx: the page has no he twin; add content/he/controls/a-9-4.mdx.',
    );
  });

  it('fails on a translation key missing in Hebrew', () => {
    const result = buildBroken((dir) =>
      editFile(join(dir, 'locales/he/ui.json'), (text) =>
        text.replace(/\s*"previous": "[^"]*",/, ''),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(
      'Translation key "pager.previous" is missing in language "he" (locales/he/ui.json).',
    );
  });

  it('fails on a key used in a component but defined nowhere', () => {
    const result = buildBroken((dir) =>
      editFile(join(dir, 'src/components/Footer.astro'), (text) =>
        text.replace("t('footer.sitemap')", "t('footer.siteMap')"),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Translation key "footer.siteMap" is missing in language');
    expect(result.output).toContain('(locales/');
  });

  it('fails on an unknown control id cited in content', () => {
    const result = buildBroken((dir) =>
      editFile(join(dir, 'content/en/controls/a-7-4.mdx'), (text) =>
        text.replace(
          '## Why it matters for AI',
          'Human oversight lives in A.6.10.2.\n\n## Why it matters for AI',
        ),
      ),
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /content\/en\/controls\/a-7-4\.mdx:\d+: A\.6\.10\.2 is not an ISO\/IEC 42001 Annex A control/,
    );
  });
});
