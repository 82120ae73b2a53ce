import { describe, expect, it } from 'vitest';
import {
  computeLayout,
  estimateLabelWidth,
  finalAlpha,
  type LayoutNode,
} from '../../src/lib/graph-layout';

// 40 nodes: long Hebrew labels and Latin ones, in four clusters, with links between neighbours.
const labels = [
  'מחזור החיים של מערכת בינה מלאכותית',
  'ISO/IEC 27001',
  'הערכת השפעה של מערכת בינה מלאכותית',
  'NIST AI RMF',
  'מדיניות בינה מלאכותית',
  'A.6.2.4',
  'ניהול סיכונים',
  'EU AI Act',
];
const nodes: LayoutNode[] = Array.from({ length: 40 }, (_, index) => {
  const label = `${labels[index % labels.length]} ${index}`;
  return {
    key: `n${index}`,
    cluster: `c${index % 4}`,
    labelWidth: estimateLabelWidth(label, 11),
    radius: 6,
  };
});
const links = nodes.slice(1).map((node, index) => ({ source: `n${index}`, target: node.key }));
const centers = { c0: [0.3, 0.3], c1: [0.7, 0.3], c2: [0.3, 0.7], c3: [0.7, 0.7] } as Record<
  string,
  [number, number]
>;

/** Label box of a node: centred under it, 14 units high. */
function box(node: LayoutNode, x: number, y: number) {
  return {
    left: x - node.labelWidth / 2,
    right: x + node.labelWidth / 2,
    top: y + node.radius + 2,
    bottom: y + node.radius + 16,
  };
}

function overlapArea(a: ReturnType<typeof box>, b: ReturnType<typeof box>): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

describe('computeLayout', () => {
  it('keeps 40 long Hebrew and Latin labels nearly apart', () => {
    const positions = computeLayout(nodes, links, {
      width: 900,
      height: 900,
      clusterCenters: centers,
    });
    const boxes = positions.map((position, index) => box(nodes[index]!, position.x, position.y));
    let overlapping = 0;
    let overlap = 0;
    let area = 0;
    for (let i = 0; i < boxes.length; i++) {
      area += (boxes[i]!.right - boxes[i]!.left) * 14;
      for (let j = i + 1; j < boxes.length; j++) {
        const shared = overlapArea(boxes[i]!, boxes[j]!);
        if (shared > 0) overlapping++;
        overlap += shared;
      }
    }
    // "Barely overlap": under 5% of the label area shared, and few label pairs touching at all.
    expect(overlap / area).toBeLessThan(0.05);
    expect(overlapping).toBeLessThanOrEqual(4);
  });

  it('returns the same layout for the same graph', () => {
    const options = { width: 900, height: 900, clusterCenters: centers };
    expect(computeLayout(nodes, links, options)).toEqual(computeLayout(nodes, links, options));
  });

  it('keeps every node inside the canvas', () => {
    for (const position of computeLayout(nodes, links, {
      width: 900,
      height: 600,
      clusterCenters: centers,
    })) {
      expect(position.x).toBeGreaterThanOrEqual(24);
      expect(position.x).toBeLessThanOrEqual(876);
      expect(position.y).toBeGreaterThanOrEqual(24);
      expect(position.y).toBeLessThanOrEqual(576);
    }
  });

  it('runs long enough for the simulation to come to rest', () => {
    expect(finalAlpha()).toBeLessThan(0.001);
  });
});
