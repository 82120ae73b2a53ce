import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../scripts/audit/budgets.mjs';
import { validateHtml } from '../../scripts/audit/html.mjs';
import { checkLinks } from '../../scripts/audit/links.mjs';
import { checkPolicy } from '../../scripts/audit/policy.mjs';
import { hashScript } from '../../src/integrations/security-policy';

let siteDir: string;
const strictPolicy = (hashes = '') =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' ${hashes}; style-src 'self'">`;
const page = (body: string, head = strictPolicy()) =>
  `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8">${head}<title>Fixture page</title></head><body><main>${body}</main></body></html>`;

/** Writes a small built site: paths relative to the site root mapped to their HTML. */
function writeSite(files: Record<string, string>): string {
  siteDir = mkdtempSync(join(tmpdir(), 'aims-audit-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(siteDir, path)), { recursive: true });
    writeFileSync(join(siteDir, path), html);
  }
  return siteDir;
}

afterEach(() => rmSync(siteDir, { recursive: true, force: true }));

describe('checkLinks', () => {
  it('passes a site whose links and anchors resolve', () => {
    const dir = writeSite({
      'index.html': page('<a href="/en/a/#part">A</a>'),
      'en/a/index.html': page('<h2 id="part">Part</h2>'),
    });
    expect(checkLinks(dir)).toEqual([]);
  });

  it('reports a missing page and a missing anchor', () => {
    const dir = writeSite({
      'index.html': page('<a href="/en/gone/">Gone</a> <a href="/en/a/#nowhere">A</a>'),
      'en/a/index.html': page('<h2 id="part">Part</h2>'),
    });
    expect(checkLinks(dir)).toEqual([
      '/ → /en/gone/: no such page',
      '/ → /en/a/#nowhere: no element with id "nowhere"',
    ]);
  });
});

describe('checkPolicy', () => {
  it('passes a page whose inline script is allowed by hash', () => {
    const script = 'document.documentElement.dataset.theme = "dark";';
    const dir = writeSite({
      'index.html': page(`<script>${script}</script>`, strictPolicy(hashScript(script))),
    });
    expect(checkPolicy(dir)).toEqual([]);
  });

  it('reports a missing policy, unsafe-inline, an unhashed script and a style attribute', () => {
    const dir = writeSite({
      'a/index.html': page('<p>No policy</p>', ''),
      'b/index.html': page(
        '<p>x</p>',
        `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'unsafe-inline'">`,
      ),
      'c/index.html': page('<script>alert(1)</script>'),
      'd/index.html': page('<p style="color: red">Red</p>'),
    });
    const problems = checkPolicy(dir).join('\n');
    expect(problems).toContain('/a/index.html: no Content-Security-Policy <meta>.');
    expect(problems).toContain("/b/index.html: the policy allows 'unsafe-inline'.");
    expect(problems).toMatch(/\/c\/index\.html: an inline script is not allowed by hash/);
    expect(problems).toContain('/d/index.html: a style attribute is blocked');
  });
});

describe('checkBudgets', () => {
  it('reports a content page over its HTML budget', () => {
    // Random text does not compress, so 16 KB of it stays above the 10 KB gzip budget.
    let text = '';
    let seed = 1;
    while (text.length < 16_000) {
      seed = (seed * 48271) % 2147483647;
      text += seed.toString(36);
    }
    const dir = writeSite({
      'en/controls/a-6-2-4/index.html': page(`<p>${text}</p>`),
      'en/controls/a-7-4/index.html': page('<p>Small</p>'),
    });
    const { problems } = checkBudgets(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/en\/controls\/a-6-2-4\/: HTML is \d+\.\d KB gzip, over the content budget of 10 KB\.$/,
    );
  });
});

describe('validateHtml', () => {
  it('reports a duplicate id and a misnested element', async () => {
    const dir = writeSite({
      'index.html': page('<p id="x">One</p><p id="x">Two <div>block</div></p>'),
    });
    const problems = (await validateHtml(dir)).join('\n');
    expect(problems).toContain('no-dup-id');
  });

  it('passes a valid page', async () => {
    const dir = writeSite({ 'index.html': page('<h1>Title</h1><p>Text</p>') });
    expect(await validateHtml(dir)).toEqual([]);
  });
});
