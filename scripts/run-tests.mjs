// Runs every test: builds the site (unless --no-build), then Vitest's unit, build-output and
// browser projects. Without Chromium the browser tests are skipped with a notice, except in CI,
// where a missing browser fails the run.
import { spawnSync } from 'node:child_process';
import { chromiumPath, hasChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const vitestArgs = args.filter((arg) => arg !== '--no-build');

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit' });
  return result.status ?? 1;
}

if (!skipBuild) {
  console.log('Building the site for the tests (npm run build)…');
  if (run('npm', ['run', 'build']) !== 0) {
    console.error('The build failed, so no test ran.');
    console.log('Tests: 0 passed, 1 failed');
    process.exit(1);
  }
}

if (!hasChromium() && process.env.CI) {
  console.error(
    `Chromium was not found at ${chromiumPath}; CI must install it (apt-get install chromium).`,
  );
  console.log('Tests: 0 passed, 1 failed');
  process.exit(1);
} else if (!hasChromium()) {
  console.warn(
    `\nSkipping the browser tests (tests/browser/): Chromium was not found at ${chromiumPath}.\n` +
      'Install it with "sudo apt-get install chromium" (Debian or Ubuntu), or set CHROMIUM_PATH to a Chromium binary.\n',
  );
}

process.exit(run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...vitestArgs]));
