// Runs after Pagefind has indexed dist/: removes the folded Hebrew search keywords from the pages.
// Pagefind keeps them in its own index, so readers never download them with the HTML.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const keywords = /<span hidden data-pagefind-meta="keywords">[^<]*<\/span>/g;

function stripDirectory(directory) {
  let stripped = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind') stripped += stripDirectory(path);
    } else if (entry.name.endsWith('.html')) {
      const html = readFileSync(path, 'utf8');
      const cleaned = html.replace(keywords, '');
      if (cleaned !== html) {
        writeFileSync(path, cleaned);
        stripped++;
      }
    }
  }
  return stripped;
}

const directory = process.argv[2] ?? 'dist';
console.log(
  `Removed indexed search keywords from ${stripDirectory(directory)} pages in ${directory}.`,
);
