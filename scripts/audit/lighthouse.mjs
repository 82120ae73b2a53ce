// Runs Lighthouse 12 (mobile preset) on chosen pages with Debian's Chromium and checks the scores.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../chromium.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
].join(' ');

/** Runs a command without blocking, so a server in this process can answer it. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, options);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** Runs Lighthouse once and returns its four category scores out of 100. */
export async function runLighthouse(url) {
  const outDir = mkdtempSync(join(tmpdir(), 'aims-lighthouse-'));
  const output = join(outDir, 'report.json');
  const result = await run(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=${chromeFlags}`,
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath } },
  );
  if (result.status !== 0)
    throw new Error(`Lighthouse failed on ${url}: ${result.stderr.slice(-1500)}`);
  const report = JSON.parse(readFileSync(output, 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  const scores = Object.fromEntries(
    categories.map((category) => [category, Math.round(report.categories[category].score * 100)]),
  );
  const failing = Object.values(report.audits)
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    )
    .map((audit) => audit.id);
  return { scores, failing };
}

/** Returns the median score of each category over several runs. */
function medianScores(runs) {
  return Object.fromEntries(
    categories.map((category) => {
      const values = runs.map((run) => run.scores[category]).sort((a, b) => a - b);
      return [category, values[Math.floor(values.length / 2)]];
    }),
  );
}

/**
 * Returns the scores of each page and one message per category under its minimum. A page under
 * its minimum is measured twice more and judged by the median of the three runs. On a shared
 * machine one performance score can drop several points for reasons outside the page.
 */
export async function checkLighthouse(origin, targets) {
  const results = [];
  const problems = [];
  for (const { path, minimum } of targets) {
    const runs = [await runLighthouse(`${origin}${path}`)];
    const below = (scores) => Object.values(scores).some((score) => score < minimum);
    if (below(runs[0].scores)) {
      runs.push(await runLighthouse(`${origin}${path}`), await runLighthouse(`${origin}${path}`));
    }
    const scores = runs.length === 1 ? runs[0].scores : medianScores(runs);
    const failing = [...new Set(runs.flatMap((run) => run.failing))];
    results.push({ path, scores, runs: runs.length });
    for (const [category, score] of Object.entries(scores)) {
      if (score < minimum)
        problems.push(
          `${path}: Lighthouse ${category} ${score}, below ${minimum}${runs.length > 1 ? ' (median of 3 runs)' : ''} (failing audits: ${failing.join(', ') || 'none binary'}).`,
        );
    }
  }
  return { results, problems };
}
