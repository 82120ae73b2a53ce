import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { chromiumAvailable } from '../support/browser';
import { distDir } from '../support/dist';

// A small site indexed by the real Pagefind and searched through the real search page: the same
// word with and without niqqud, and the same acronym with gershayim and with an ASCII quote.
const fixturePages: Record<string, string> = {
  'niqqud-pointed': 'מבוא על <b>בִּינָה מְלָאכוּתִית</b> בארגון',
  'niqqud-plain': 'מבוא על בינה מלאכותית בארגון',
  'acronym-gershayim': 'הנוהל נכתב לפי ת״י 27001 בשנה שעברה',
  'acronym-quote': 'הנוהל נכתב לפי ת"י 27001 בשנה שעברה',
};

let fixtureDir: string;
let origin: string;
let closeServer: (() => Promise<void>) | undefined;
let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;

function writeFixture(): void {
  fixtureDir = mkdtempSync(join(tmpdir(), 'aims-search-fixture-'));
  cpSync(join(distDir, '_astro'), join(fixtureDir, '_astro'), { recursive: true });
  mkdirSync(join(fixtureDir, 'he/search'), { recursive: true });
  cpSync(join(distDir, 'he/search/index.html'), join(fixtureDir, 'he/search/index.html'));
  for (const [slug, body] of Object.entries(fixturePages)) {
    mkdirSync(join(fixtureDir, 'he', slug), { recursive: true });
    writeFileSync(
      join(fixtureDir, 'he', slug, 'index.html'),
      `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>${slug}</title></head>` +
        `<body><main data-pagefind-body><h1>${slug}</h1><p>${body}</p></main></body></html>`,
    );
  }
  const result = spawnSync('npx', ['pagefind', '--site', fixtureDir], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Pagefind failed on the fixture: ${result.stderr}`);
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.goto(`${origin}/he/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    () => {
      const status = document.querySelector('.aa-search__status')?.textContent ?? '';
      return status !== '' && !status.includes('מחפשים');
    },
    null,
    { timeout: 20_000 },
  );
  const paths = await page.$$eval('.aa-search__result > a', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  return paths.sort();
}

describe.skipIf(!chromiumAvailable)('search with Hebrew spelling variants', () => {
  beforeAll(async () => {
    writeFixture();
    const server = await startStaticServer(fixtureDir);
    origin = server.origin;
    closeServer = server.close;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await closeServer?.();
    rmSync(fixtureDir, { recursive: true, force: true });
  });

  it.each(['בינה', 'בִּינָה', 'לבינה'])(
    'finds the word with and without niqqud for %s',
    async (query) => {
      const page = await browser!.context.newPage();
      expect(await search(page, query)).toEqual(['/he/niqqud-plain/', '/he/niqqud-pointed/']);
      await page.close();
    },
  );

  it.each(['ת״י', 'ת"י', "ת'י"])('finds the acronym in both spellings for %s', async (query) => {
    const page = await browser!.context.newPage();
    expect(await search(page, query)).toEqual(['/he/acronym-gershayim/', '/he/acronym-quote/']);
    await page.close();
  });
});
