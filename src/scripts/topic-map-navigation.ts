/** A topic's position on the map, in map units (x grows to the right, y downwards). */
export interface MapPoint {
  index: number;
  x: number;
  y: number;
}

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const directions: Record<ArrowKey, [number, number]> = {
  ArrowRight: [1, 0],
  ArrowLeft: [-1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function isArrowKey(key: string): key is ArrowKey {
  return Object.hasOwn(directions, key);
}

/**
 * Picks the candidate that lies best in an arrow's direction from `from`, as seen on screen. The
 * arrow keys are spatial, so they need no mirroring on the mirrored Hebrew map. Candidates within
 * 60 degrees of the direction come first, then those within 90. Among them the lowest score wins:
 * the distance along the arrow plus twice the distance across it. Returns undefined when no
 * candidate lies that way.
 */
export function pickInDirection(
  from: MapPoint,
  candidates: MapPoint[],
  key: ArrowKey,
): number | undefined {
  const [dx, dy] = directions[key];
  let best: { index: number; score: number } | undefined;
  for (const candidate of candidates) {
    const x = candidate.x - from.x;
    const y = candidate.y - from.y;
    const distance = Math.hypot(x, y);
    if (distance === 0) continue;
    const cosine = (x * dx + y * dy) / distance;
    if (cosine <= 0) continue;
    const along = x * dx + y * dy;
    const across = Math.abs(x * dy - y * dx);
    const outsideCone = cosine < 0.5 ? 1 : 0;
    const score = outsideCone * 1e6 + along + 2 * across;
    if (!best || score < best.score) best = { index: candidate.index, score };
  }
  return best?.index;
}
