// Browser measurements for the benchmark: page weights, explorer readiness and drag frame rate,
// and search latency. Every number is measured in Debian's Chromium against a local server.
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
};

/** Loads a page and sums the gzip size of its HTML, CSS and JavaScript, and counts its requests. */
export async function measurePageWeight(context, url) {
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    try {
      bodies.push({ type, bytes: gzipSync(await response.body()).length });
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inlineScripts = await page.$$eval('script:not([src])', (scripts) =>
    scripts.filter((script) => !/json/.test(script.type)).map((script) => script.textContent ?? ''),
  );
  await page.close();
  const sum = (type) =>
    bodies.filter((body) => body.type === type).reduce((total, body) => total + body.bytes, 0);
  const inlineJs = inlineScripts.reduce((total, text) => total + gzipSync(text).length, 0);
  return {
    html: sum('document'),
    css: sum('stylesheet'),
    js: sum('script'),
    inlineJs,
    requests: bodies.length,
  };
}

/** Milliseconds from navigation start until the explorer marks itself ready, and its script size. */
export async function measureExplorerReady(context, url, { width = 1280, runs = 5 } = {}) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(url);
    await page.waitForSelector('aa-explorer[data-ready="true"]', { timeout: 60_000 });
    times.push(Number(await page.getAttribute('aa-explorer', 'data-ready-at')));
    await page.close();
  }
  return { readyMs: median(times) };
}

/** Frames per second while dragging a node for two seconds, with the CPU slowed down `slowdown` times. */
export async function measureDragFps(context, url, { width = 360, slowdown = 4 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 780 });
  await page.goto(url);
  await page.waitForSelector('aa-explorer[data-ready="true"]', { timeout: 60_000 });
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const node = page.locator('.aa-node').nth(1);
  await node.scrollIntoViewIfNeeded();
  const box = await node.boundingBox();
  await page.evaluate(() => {
    window.__frames = [];
    const tick = (time) => {
      window.__frames.push(time);
      if (window.__frames.length < 100000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const started = Date.now();
  for (let step = 0; Date.now() - started < 2000; step++) {
    await page.mouse.move(start.x + Math.sin(step / 5) * 40, start.y + Math.cos(step / 5) * 40);
  }
  await page.mouse.up();
  const frames = await page.evaluate(() => window.__frames);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  const gaps = frames.slice(1).map((time, index) => time - frames[index]);
  const seconds = (frames.at(-1) - frames[0]) / 1000;
  return {
    fps: Math.round((frames.length - 1) / seconds),
    medianFrameMs: Math.round(median(gaps) * 10) / 10,
  };
}

/** Time from the last keystroke to rendered results, and the bytes downloaded by the first search. */
export async function measureSearch(context, origin, lang, queries) {
  const page = await context.newPage();
  const pagefindBytes = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    try {
      pagefindBytes.push(gzipSync(await response.body()).length);
    } catch {
      // No body.
    }
  });
  await page.goto(`${origin}/${lang}/search/`, { waitUntil: 'networkidle' });
  const timings = [];
  let firstSearchBytes = 0;
  for (const [index, query] of queries.entries()) {
    await page.fill('#aa-search-page-input', '');
    await page.waitForTimeout(300);
    const before = await page.evaluate(() => performance.now());
    await page.type('#aa-search-page-input', query, { delay: 0 });
    const typed = await page.evaluate(() => performance.now());
    await page.waitForFunction(
      (expected) => {
        const status = document.querySelector('#aa-search-page-status')?.textContent ?? '';
        return (
          status.includes(expected) && document.querySelectorAll('.aa-search__result').length > 0
        );
      },
      query,
      { timeout: 30_000 },
    );
    const done = await page.evaluate(() => performance.now());
    timings.push(done - typed);
    if (index === 0) firstSearchBytes = pagefindBytes.reduce((total, bytes) => total + bytes, 0);
    void before;
  }
  await page.close();
  return { keystrokeToResultsMs: Math.round(median(timings)), firstSearchBytes };
}

export { launchChromium };
