// Takes screenshots of built pages at phone and desktop widths, in light or dark theme:
//   node scripts/screenshots.mjs [--dist dist] [--out screenshots] [--dark] /en/ /he/controls/a-7-4/ ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screenshots' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});
const widths = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 900 } };

mkdirSync(values.out, { recursive: true });
const server = await startStaticServer(values.dist);
const browser = await launchChromium();
try {
  for (const path of positionals) {
    for (const [name, viewport] of Object.entries(widths)) {
      const page = await browser.context.newPage();
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: values.dark ? 'dark' : 'light' });
      await page.goto(server.origin + path, { waitUntil: 'networkidle' });
      const file = join(
        values.out,
        `${path.replace(/[^a-z0-9]+/gi, '_')}${name}${values.dark ? '_dark' : ''}.png`,
      );
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
