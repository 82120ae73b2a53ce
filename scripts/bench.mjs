// npm run bench: builds the site into a temporary folder, measures the build, page weights, the
// mapping explorer and search in Chromium, and writes docs/benchmarks.md. Nothing here runs in
// `npm test`: timings belong in this report, not in pass/fail tests.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  measureDragFps,
  measureExplorerReady,
  measurePageWeight,
  measureSearch,
  launchChromium,
} from './bench-browser.mjs';
import { chromiumPath } from './chromium.mjs';
import { writeGraphFixture } from './graph-fixture.mjs';
import { startStaticServer } from './static-server.mjs';

const targets = {
  contentJsKb: 5,
  contentHtmlKb: 10,
  contentCssKb: 8,
  explorerJsKb: 40,
  explorerReadyMs: 300,
  dragFps: 30,
  buildSeconds: 17,
};

const workDir = mkdtempSync(join(tmpdir(), 'aims-bench-'));
const distDir = join(workDir, 'dist');
const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;

/** Runs a command under GNU time and returns wall seconds and peak resident memory in MiB. */
function timed(command, args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M', command, ...args], {
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr.slice(-2000)}`);
  const [seconds, maxKib] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { seconds, peakMiB: Math.round(maxKib / 1024) };
}

function countHtml(directory) {
  let count = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.isDirectory())
      count += entry.name === 'pagefind' ? 0 : countHtml(join(directory, entry.name));
    else if (entry.name.endsWith('.html')) count++;
  }
  return count;
}

function version(name) {
  return JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
}

function status(value, target, lowerIsBetter = true) {
  const met = lowerIsBetter ? value <= target : value >= target;
  return met ? 'met' : '**missed**';
}

console.log('Building the site…');
const astro = timed(process.execPath, [
  'node_modules/astro/astro.js',
  'build',
  '--outDir',
  distDir,
]);
const pagefind = timed(process.execPath, [
  'node_modules/pagefind/lib/runner/bin.cjs',
  '--site',
  distDir,
]);
spawnSync(process.execPath, ['scripts/strip-search-keywords.mjs', distDir]);
const pages = countHtml(distDir);

console.log('Measuring in Chromium…');
cpSync(join(distDir, '_astro'), join(workDir, 'fixture', '_astro'), { recursive: true });
writeGraphFixture(distDir, join(workDir, 'fixture'), { nodes: 500, links: 1500 });
const site = await startStaticServer(distDir);
const fixture = await startStaticServer(join(workDir, 'fixture'));
const browser = await launchChromium();
const pageTypes = [
  ['Home', 'en/'],
  ['Control page', 'en/controls/a-6-2-4/'],
  ['Control page (Hebrew)', 'he/controls/a-6-2-4/'],
  ['Clause page', 'en/clauses/6/'],
  ['Guide', 'en/guides/readiness-roadmap/'],
  ['Framework item', 'en/eu-ai-act/article-14/'],
  ['Coverage', 'en/coverage/iso27001/iso42001/'],
  ['Explorer', 'en/explorer/'],
  ['Search', 'en/search/'],
];
const weights = [];
for (const [label, path] of pageTypes)
  weights.push({
    label,
    path,
    ...(await measurePageWeight(browser.context, `${site.origin}/${path}`)),
  });
const explorerFull = await measureExplorerReady(browser.context, `${site.origin}/en/explorer/`);
const explorerFixture = await measureExplorerReady(
  browser.context,
  `${fixture.origin}/en/graph-fixture/`,
);
const dragFull = await measureDragFps(browser.context, `${site.origin}/en/explorer/`);
const dragFixture = await measureDragFps(browser.context, `${fixture.origin}/en/graph-fixture/`);
const searchEn = await measureSearch(browser.context, site.origin, 'en', [
  'A.6.2.4',
  'provenance',
  'supplier',
  'GOVERN 1.1',
  'incident',
]);
const searchHe = await measureSearch(browser.context, site.origin, 'he', [
  'A.6.2.4',
  'סיכונים',
  'ספקים',
  'והחששות',
  'אירוע',
]);
const chromiumVersion = spawnSync(chromiumPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
await browser.close();
await site.close();
await fixture.close();

// The explorer's own script and the d3 modules it imports, as measured when its page loads.
const explorerWeight = weights.find((weight) => weight.label === 'Explorer');
const explorerJsGzip = explorerWeight.js + explorerWeight.inlineJs;
const content = weights.find((weight) => weight.label === 'Control page');
const buildSeconds = Math.round((astro.seconds + pagefind.seconds) * 10) / 10;
rmSync(workDir, { recursive: true, force: true });

const report = `# Benchmarks

Produced by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Numbers vary from run to
run by about 10 %; rerun the command to refresh this page.

## Machine and versions

| | |
| --- | --- |
| CPU | ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores |
| Memory | ${Math.round(totalmem() / 1024 ** 3)} GiB |
| Node.js | ${process.version} |
| Browser | ${chromiumVersion} |
| Astro | ${version('astro')} |
| Pagefind | ${version('pagefind')} |
| d3 | ${version('d3')} |

## Build

| measure | value | target |
| --- | --- | --- |
| Astro build | ${astro.seconds} s, peak memory ${astro.peakMiB} MiB | |
| Pagefind index | ${pagefind.seconds} s, peak memory ${pagefind.peakMiB} MiB | |
| Whole build | ${buildSeconds} s for ${pages} pages (${Math.round(pages / buildSeconds)} pages per second) | at most ${targets.buildSeconds} s: ${status(buildSeconds, targets.buildSeconds)} |

## Page weight before interaction (gzip)

Each page is loaded in Chromium until the network is idle; bodies are gzipped to report transfer
size. Inline JavaScript is counted separately from script files.

| page type | path | HTML KB | CSS KB | JS files KB | inline JS KB | requests |
| --- | --- | --- | --- | --- | --- | --- |
${weights.map((weight) => `| ${weight.label} | /${weight.path} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.inlineJs)} | ${weight.requests} |`).join('\n')}

Content page targets: HTML at most ${targets.contentHtmlKb} KB (${status(kb(content.html), targets.contentHtmlKb)}), CSS at most
${targets.contentCssKb} KB (${status(kb(content.css), targets.contentCssKb)}), JavaScript before opening search at most ${targets.contentJsKb} KB
(${status(kb(content.js + content.inlineJs), targets.contentJsKb)}).

## Mapping explorer

| measure | full graph | 500 items, 1,500 links | target |
| --- | --- | --- | --- |
| JavaScript on the page (gzip, all scripts it loads) | ${kb(explorerJsGzip)} KB | same script | at most ${targets.explorerJsKb} KB: ${status(kb(explorerJsGzip), targets.explorerJsKb)} |
| Load to settled, interactive graph (median of 5) | ${Math.round(explorerFull.readyMs)} ms | ${Math.round(explorerFixture.readyMs)} ms | at most ${targets.explorerReadyMs} ms: ${status(Math.max(explorerFull.readyMs, explorerFixture.readyMs), targets.explorerReadyMs)} |
| Dragging at 360 px, CPU slowed 4× | ${dragFull.fps} fps (median frame ${dragFull.medianFrameMs} ms) | ${dragFixture.fps} fps (median frame ${dragFixture.medianFrameMs} ms) | at least ${targets.dragFps} fps: ${status(Math.min(dragFull.fps, dragFixture.fps), targets.dragFps, false)} |

The layout is computed at build time, so the graph is drawn settled in the HTML; "interactive"
is when its script has upgraded the markup.

## Search

| measure | English | Hebrew |
| --- | --- | --- |
| Last keystroke to rendered results (median of 5 queries; includes the 150 ms typing pause) | ${searchEn.keystrokeToResultsMs} ms | ${searchHe.keystrokeToResultsMs} ms |
| Bytes downloaded for the first search (gzip) | ${kb(searchEn.firstSearchBytes)} KB | ${kb(searchHe.firstSearchBytes)} KB |
`;
writeFileSync('docs/benchmarks.md', report);
console.log(report);
