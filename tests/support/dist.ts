import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site the tests read: dist/, or the folder named by AIMS_DIST. */
export const distDir = resolve(process.env.AIMS_DIST ?? 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `No built site in ${distDir}. Run "npm run build" first, or run the tests with "npm test".`,
    );
  }
}

/** Lists files under dist/ (root-relative paths with forward slashes) whose names end with one of the extensions. */
export function listDistFiles(extensions: string[], directory = distDir): string[] {
  const files: string[] = [];
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) files.push(...listDistFiles(extensions, path));
    else if (extensions.some((extension) => name.endsWith(extension))) files.push(path);
  }
  return directory === distDir
    ? files.map((file) => '/' + relative(distDir, file).split(sep).join('/'))
    : files;
}

/** Lists every built HTML page as its URL path: "/he/controls/a-7-4/" or "/404.html". */
export function listPages(): string[] {
  return listDistFiles(['.html'])
    .filter((file) => !file.startsWith('/pagefind/'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();
}

export function readDist(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(distDir, file), 'utf8');
}

/** Parses a built page into a DOM document. */
export function loadPage(path: string): Document {
  return parseHTML(readDist(path)).document as unknown as Document;
}

/** Returns the file a root-relative URL path resolves to, or undefined when dist has none. */
export function resolveDistPath(pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  for (const candidate of [decoded, join(decoded, 'index.html')]) {
    const file = join(distDir, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
