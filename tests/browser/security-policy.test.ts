import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useBrowser } from '../support/browser';
import { distDir } from '../support/dist';

const browser = useBrowser();

/** One page of every type; pages that other features add are included when they are built. */
const pageTypes = [
  '',
  'guides/',
  'guides/readiness-roadmap/',
  'clauses/',
  'clauses/6/',
  'controls/',
  'controls/a-6-2-4/',
  'faq/',
  'search/?q=A.6.2.4',
  'frameworks/',
  'iso27001/a-5-23/',
  'eu-ai-act/',
  'eu-ai-act/article-14/',
  'nist-ai-rmf/govern-1-1/',
  'explorer/?select=iso42001%3AA.6.2.4',
  'coverage/iso27001/iso42001/',
  'downloads/',
  'sitemap/',
  'glossary/',
  'topics/',
  'assessment/',
  'no-such-page/',
];
const paths = [
  '/',
  ...['en', 'he'].flatMap((lang) =>
    pageTypes
      .filter(
        (type) =>
          type === 'no-such-page/' ||
          existsSync(join(distDir, lang, type.split('?')[0]!, 'index.html')),
      )
      .map((type) => `/${lang}/${type}`),
  ),
];

describe.skipIf(!chromiumAvailable)('content security policy', () => {
  it.each(paths)('lets %s run with no violation or console error', async (path) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The test server answers unknown paths with 404, which Chromium logs as a failed resource.
      if (
        message.type() === 'error' &&
        !(path.includes('no-such-page') && message.text().includes('404'))
      ) {
        problems.push(`console: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    await page.goto(`${browser.origin}${path}`, { waitUntil: 'networkidle' });
    if (path.includes('search/')) {
      await page.waitForSelector('.aa-search__result', { timeout: 20_000 });
    }
    if (!path.includes('search/') && (await page.locator('a[data-search-launcher]').count()) > 0) {
      // Opening the search dialog loads Pagefind and its WebAssembly under the policy too.
      await page.keyboard.press('Control+k');
      await page.fill('#aa-search-dialog-input', 'A.7.4');
      await page.waitForSelector('dialog[open] .aa-search__result', { timeout: 20_000 });
    }
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    await page.close();
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(problems).toEqual([]);
  });
});

describe('_headers', () => {
  it('carries the same policy for hosts that read it', async () => {
    const { readFileSync } = await import('node:fs');
    const headers = readFileSync(join(distDir, '_headers'), 'utf8');
    expect(headers).toMatch(
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self'/,
    );
    expect(headers).toContain("frame-ancestors 'none'");
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});
