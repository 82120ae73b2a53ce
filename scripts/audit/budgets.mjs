// Measures what each built page makes a browser download before the reader does anything, and
// checks it against the budgets of its page type. Sizes are gzip bytes of the files in dist/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip kilobytes (1 KB = 1,024 bytes); a page type without a budget is only reported. */
export const budgets = {
  content: { htmlKb: 10, cssKb: 8, jsKb: 5 },
  explorer: { jsKb: 40 },
};

/** Page types by path after the language prefix. */
export function pageType(path) {
  if (/^\/(en|he)\/(controls|clauses|guides)\/[^/]+\/$/.test(path)) return 'content';
  if (/^\/(en|he)\/faq\/$/.test(path)) return 'content';
  if (/^\/(en|he)\/(iso27001|eu-ai-act|nist-ai-rmf)\/.+\/$/.test(path)) return 'framework item';
  if (/^\/(en|he)\/explorer\/$/.test(path)) return 'explorer';
  if (/^\/(en|he)\/assessment\//.test(path)) return 'assessment';
  if (/^\/(en|he)\/coverage\//.test(path)) return 'coverage';
  if (/^\/(en|he)\/$/.test(path)) return 'home';
  return 'other';
}

const gzipSize = (text) => gzipSync(text).length;

/** Lists the JavaScript files a module loads before it runs: itself and its static imports. */
function staticModuleGraph(distDir, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(distDir, file))) return seen;
  seen.add(file);
  const source = readFileSync(join(distDir, file), 'utf8');
  const directory = file.slice(0, file.lastIndexOf('/') + 1);
  for (const match of source.matchAll(
    /(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    const resolved = new URL(match[1], `http://site${directory}`).pathname;
    staticModuleGraph(distDir, resolved, seen);
  }
  return seen;
}

/** Measures one built page: HTML, CSS and JavaScript before interaction, and request count. */
export function measurePage(distDir, path) {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  const html = readFileSync(join(distDir, file), 'utf8');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map(
    (match) => match[1],
  );
  const scripts = new Set();
  for (const entry of entries) staticModuleGraph(distDir, entry, scripts);
  const inline = [
    ...html.matchAll(
      /<script(?![^>]*\ssrc=)(?![^>]*application\/(?:ld\+)?json)[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].map((match) => match[1]);
  const read = (asset) => readFileSync(join(distDir, asset));
  return {
    path,
    type: pageType(path),
    htmlBytes: gzipSize(html),
    cssBytes: styles.reduce((total, asset) => total + gzipSize(read(asset)), 0),
    jsBytes:
      [...scripts].reduce((total, asset) => total + gzipSize(read(asset)), 0) +
      inline.reduce((total, source) => total + gzipSize(source), 0),
    requests: 1 + styles.length + scripts.size,
  };
}

function listPages(distDir, directory = distDir) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === 'pagefind' || entry.name === '_astro' ? [] : listPages(distDir, path);
    return entry.name === 'index.html'
      ? [`/${path.slice(distDir.length + 1, -'index.html'.length)}`]
      : [];
  });
}

/** Measures every page and returns the measurements and one message per budget exceeded. */
export function checkBudgets(distDir, limits = budgets) {
  const measurements = listPages(distDir).map((path) => measurePage(distDir, path));
  const problems = [];
  for (const page of measurements) {
    const limit = limits[page.type];
    if (!limit) continue;
    for (const [key, bytesKey] of [
      ['htmlKb', 'htmlBytes'],
      ['cssKb', 'cssBytes'],
      ['jsKb', 'jsBytes'],
    ]) {
      if (limit[key] !== undefined && page[bytesKey] > limit[key] * 1024) {
        const kind = key.replace('Kb', '').toUpperCase();
        problems.push(
          `${page.path}: ${kind} is ${(page[bytesKey] / 1024).toFixed(1)} KB gzip, over the ${page.type} budget of ${limit[key]} KB.`,
        );
      }
    }
  }
  return { measurements, problems };
}

/** Summarizes measurements by page type: the largest page of each type. */
export function summarize(measurements) {
  const byType = new Map();
  for (const page of measurements) {
    const known = byType.get(page.type) ?? {
      type: page.type,
      pages: 0,
      htmlBytes: 0,
      cssBytes: 0,
      jsBytes: 0,
      requests: 0,
    };
    known.pages++;
    for (const key of ['htmlBytes', 'cssBytes', 'jsBytes', 'requests'])
      known[key] = Math.max(known[key], page[key]);
    byType.set(page.type, known);
  }
  return [...byType.values()];
}
