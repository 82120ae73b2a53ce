import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/integrations/content-checks';

const validBody = '\n## What it asks\n\nPlain text about A.7.4 and clause 6.1.2.\n';
const validControl = (id: string) =>
  `---\ncontrol: "${id}"\ndescription: "How to define and check the quality of the data your AI systems use."\nrelated: ["A.7.2", "A.7.5"]\n---\n${validBody}`;
const validGuide = (title: string) =>
  `---\ntitle: "${title}"\ndescription: "A guide with a description long enough to pass the schema."\norder: 1\n---\n\n## Start\n\nText.\n`;

let projectDir: string;

/** Writes files into a fresh content folder and returns the problems checkContent reports. */
function check(files: Record<string, string>): string[] {
  projectDir = mkdtempSync(join(tmpdir(), 'aims-content-'));
  for (const [path, text] of Object.entries(files)) {
    const file = join(projectDir, 'content', path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return checkContent(join(projectDir, 'content'), projectDir);
}

afterEach(() => rmSync(projectDir, { recursive: true, force: true }));

describe('checkContent', () => {
  it('accepts a control page with its twin', () => {
    expect(
      check({
        'en/controls/a-7-4.mdx': validControl('A.7.4'),
        'he/controls/a-7-4.mdx': validControl('A.7.4'),
      }),
    ).toEqual([]);
  });

  it('rejects a page without its twin and says which file to add', () => {
    const problems = check({ 'en/guides/start.mdx': validGuide('Start') });
    expect(problems).toEqual([
      'content/en/guides/start.mdx: the page has no he twin; add content/he/guides/start.mdx.',
    ]);
  });

  it.each([
    ['a Hebrew acronym with a quote mark inside quotes', 'title: "מה זה צה"ל ולמה"', 2],
    ['an unquoted colon', 'title: ISO/IEC 42001: the basics', 2],
    ['a broken list', 'related: ["A.7.2", "A.7.5"\ndescription: x', 3],
  ])('rejects frontmatter with %s, naming file and line', (_case, line, expectedLine) => {
    const guide = `---\n${line}\ndescription: "A guide with a description long enough to pass."\norder: 1\n---\n\nText.\n`;
    const problems = check({
      'he/guides/broken.mdx': guide,
      'en/guides/broken.mdx': validGuide('Fine'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^content/he/guides/broken\\.mdx:${expectedLine}: the frontmatter is not valid YAML`,
      ),
    );
    expect(problems[0]).toContain('Put the value in double quotes');
  });

  it('rejects an unknown control id in frontmatter', () => {
    const text = validControl('A.6.2.1');
    const problems = check({ 'en/controls/a-6-2-1.mdx': text, 'he/controls/a-6-2-1.mdx': text });
    expect(problems).toContain(
      'content/en/controls/a-6-2-1.mdx: frontmatter control "A.6.2.1" is not an ISO/IEC 42001 Annex A control.',
    );
  });

  it('rejects an unknown related id', () => {
    const text = validControl('A.7.4').replace('"A.7.5"', '"A.7.9"');
    const problems = check({
      'en/controls/a-7-4.mdx': text,
      'he/controls/a-7-4.mdx': validControl('A.7.4'),
    });
    expect(problems).toEqual([
      'content/en/controls/a-7-4.mdx: frontmatter related id "A.7.9" is not an ISO/IEC 42001 Annex A control.',
    ]);
  });

  it('rejects a control file whose name does not match its id', () => {
    const problems = check({
      'en/controls/a-7-5.mdx': validControl('A.7.4'),
      'he/controls/a-7-5.mdx': validControl('A.7.5'),
    });
    expect(problems.join('\n')).toContain('rename the file to a-7-4.mdx');
  });

  it('rejects a missing field with what to write', () => {
    const text = '---\ncontrol: "A.7.4"\nrelated: ["A.7.2", "A.7.5"]\n---\n\nText.\n';
    const problems = check({
      'en/controls/a-7-4.mdx': text,
      'he/controls/a-7-4.mdx': validControl('A.7.4'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/en\/controls\/a-7-4\.mdx: frontmatter description: Required \(missing\)\.$/,
    );
  });

  it('rejects a wrong id cited in the body with its line', () => {
    const text = validControl('A.7.4').replace('Plain text', 'Human oversight is A.6.10.2, not');
    const problems = check({
      'en/controls/a-7-4.mdx': text,
      'he/controls/a-7-4.mdx': validControl('A.7.4'),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/en\/controls\/a-7-4\.mdx:9: A\.6\.10\.2 is not an ISO\/IEC 42001 Annex A control/,
    );
  });
});
