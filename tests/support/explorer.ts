import type { CDPSession, Page } from 'playwright-core';

export type Lang = 'en' | 'he';

/** Framework names as the explorer writes them at the start of each item's accessible name. */
export const frameworkNames = {
  iso42001: 'ISO/IEC 42001',
  iso27001: 'ISO/IEC 27001',
  euAiAct: 'EU AI Act',
  nistAiRmf: 'NIST AI RMF',
} as const;

/** Opens an explorer page and waits until its script has upgraded the server-rendered markup. */
export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('aa-explorer[data-ready="true"]', { timeout: 30_000 });
}

/** Selects one item's node by the "<framework> <id>:" start of its accessible name. */
export function nodeSelector(framework: string, id: string): string {
  return `.aa-node[aria-label^="${framework} ${id}:"]`;
}

export interface ZoomTransform {
  x: number;
  y: number;
  k: number;
}

/** Reads the zoom transform of the graph's viewport group. No attribute means the identity. */
export async function readZoom(page: Page): Promise<ZoomTransform> {
  const value = await page.getAttribute('.aa-explorer__viewport', 'transform');
  if (value === null) return { x: 0, y: 0, k: 1 };
  const match = /translate\(([^,]+),([^)]+)\)\s*scale\(([^)]+)\)/.exec(value);
  if (!match) throw new Error(`The viewport transform "${value}" is not a d3-zoom transform.`);
  return { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) };
}

/** Reads the position of a node in graph units from its translate(x y) attribute. */
export async function readNodePosition(page: Page, selector: string) {
  const value = await page.getAttribute(selector, 'transform');
  const match = /translate\(([^ ]+) ([^)]+)\)/.exec(value ?? '');
  if (!match) throw new Error(`The node ${selector} has no translate(x y) transform: "${value}".`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

/**
 * Scrolls a node's circle into view and returns its centre in viewport pixels, after checking
 * that a pointer there hits that node and not a neighbour drawn on top of it.
 */
export async function circleCentre(page: Page, selector: string) {
  const result = await page.locator(`${selector} circle`).evaluate((circle) => {
    circle.scrollIntoView({ block: 'center', inline: 'center' });
    const box = circle.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const hit = document.elementFromPoint(x, y)?.closest('.aa-node');
    return { x, y, hitsNode: hit === circle.parentElement };
  });
  if (!result.hitsNode) throw new Error(`The circle of ${selector} is covered at its centre.`);
  return { x: result.x, y: result.y };
}

export interface TouchPoint {
  x: number;
  y: number;
  id?: number;
}

/** Sends one touch event through the browser's input pipeline, as a touch screen would. */
export async function touch(
  session: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd' | 'touchCancel',
  touchPoints: TouchPoint[],
): Promise<void> {
  await session.send('Input.dispatchTouchEvent', { type, touchPoints });
}

/** Moves one finger from `from` by (dx, dy) pixels in `steps` moves, then lifts it. */
export async function swipe(
  session: CDPSession,
  from: { x: number; y: number },
  dx: number,
  dy: number,
  steps = 10,
): Promise<void> {
  await touch(session, 'touchStart', [from]);
  for (let step = 1; step <= steps; step++) {
    const share = step / steps;
    await touch(session, 'touchMove', [{ x: from.x + dx * share, y: from.y + dy * share }]);
  }
  await touch(session, 'touchEnd', []);
}

/**
 * Finds a point of the graph where a finger lands on the background and not on an item, nearest
 * the graph's centre first, and returns it in viewport pixels. Each candidate is tried with a
 * touch that is then cancelled, because Chromium's touch adjustment sends a touch that lands a
 * few pixels from an item to that item, which elementFromPoint does not show.
 */
export async function findBackgroundPoint(page: Page, session: CDPSession) {
  const svg = page.locator('svg.aa-explorer__svg');
  const box = (await svg.boundingBox())!;
  await page.evaluate(() => {
    if ('touchTargets' in window) return;
    const targets: string[] = [];
    (window as unknown as { touchTargets: string[] }).touchTargets = targets;
    const record = (event: Event) =>
      targets.push(event.target instanceof SVGSVGElement ? 'background' : 'item');
    window.addEventListener('touchstart', record, { capture: true, passive: true });
  });
  const candidates: { x: number; y: number }[] = [];
  for (let fy = 0.1; fy < 0.95; fy += 0.1) {
    for (let fx = 0.05; fx < 1; fx += 0.05) {
      candidates.push({ x: box.x + box.width * fx, y: box.y + box.height * fy });
    }
  }
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const distance = (point: { x: number; y: number }) =>
    Math.hypot(point.x - centre.x, point.y - centre.y);
  candidates.sort((a, b) => distance(a) - distance(b));

  for (const point of candidates) {
    await touch(session, 'touchStart', [point]);
    await touch(session, 'touchCancel', []);
    const target = await page.evaluate(() =>
      (window as unknown as { touchTargets: string[] }).touchTargets.pop(),
    );
    if (target === 'background') return point;
  }
  throw new Error(
    'Every point tried on the graph starts a touch on an item, none on its background.',
  );
}
