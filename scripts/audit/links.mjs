// Checks every internal link and #fragment of a built site: the target file must exist and, for a
// fragment, carry an element with that id.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function listHtml(distDir, directory = distDir) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === 'pagefind' || entry.name === '_astro' ? [] : listHtml(distDir, path);
    return entry.name.endsWith('.html') ? [`/${path.slice(distDir.length + 1)}`] : [];
  });
}

function resolve(distDir, pathname) {
  const decoded = decodeURIComponent(pathname);
  for (const candidate of [decoded, join(decoded, 'index.html')]) {
    const file = join(distDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return candidate;
  }
  return undefined;
}

/** Returns one message per broken link or anchor, naming the page and the href. */
export function checkLinks(distDir) {
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) {
      const html = readFileSync(join(distDir, file), 'utf8');
      ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])));
    }
    return ids.get(file);
  };
  const problems = [];
  for (const file of listHtml(distDir)) {
    const html = readFileSync(join(distDir, file), 'utf8');
    const pagePath = file.replace(/index\.html$/, '');
    for (const match of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = match[1].replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const url = new URL(href, `http://site${pagePath}`);
      const target = resolve(distDir, url.pathname);
      if (!target) {
        problems.push(`${pagePath} → ${href}: no such page`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${pagePath} → ${href}: no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

export { listHtml };
