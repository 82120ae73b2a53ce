import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3';

export interface LayoutNode {
  key: string;
  /** Cluster the node is pulled towards, such as its framework. */
  cluster: string;
  /** Approximate width of the node's label in layout units, so labels can be kept apart. */
  labelWidth: number;
  radius: number;
}

export interface LayoutLink {
  source: string;
  target: string;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Centre of each cluster as a fraction of width and height. */
  clusterCenters: Record<string, [number, number]>;
  /** Steps to run; the simulation reaches rest (alpha 0.001) after `restAfter` of them. */
  ticks?: number;
  restAfter?: number;
  seed?: number;
}

export interface PositionedNode {
  key: string;
  x: number;
  y: number;
}

interface SimNode extends SimulationNodeDatum, LayoutNode {}

/** The alpha below which d3 treats a simulation as at rest (its default alphaMin). */
const alphaMin = 0.001;

/** A small linear congruential generator, so the same graph always gets the same layout. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/**
 * Lays out a graph with d3-force, run to rest ahead of time so the page can draw it settled on
 * first paint. Each node is pulled to its cluster centre; collision radii include half the label
 * width so that labels, drawn centred under their node, rarely overlap.
 */
export function computeLayout(
  nodes: LayoutNode[],
  links: LayoutLink[],
  options: LayoutOptions,
): PositionedNode[] {
  const { width, height, clusterCenters, ticks = 250, restAfter = 200, seed = 42 } = options;
  const center = (node: LayoutNode) => clusterCenters[node.cluster] ?? [0.5, 0.5];
  // Each node starts near its cluster's centre, not on d3's spiral around the origin, so the
  // simulation comes to rest in fewer steps. The steps after rest only push labels apart.
  const random = seededRandom(seed + 1);
  const simNodes: SimNode[] = nodes.map((node) => ({
    ...node,
    x: center(node)[0] * width + (random() - 0.5) * 120,
    y: center(node)[1] * height + (random() - 0.5) * 120,
  }));
  const simulation = forceSimulation(simNodes)
    .randomSource(seededRandom(seed))
    .alphaDecay(1 - Math.pow(alphaMin, 1 / restAfter))
    .force(
      'link',
      forceLink<SimNode, { source: string; target: string }>(links.map((link) => ({ ...link })))
        .id((node) => node.key)
        .distance(60)
        .strength(0.08),
    )
    .force('charge', forceManyBody<SimNode>().strength(-28).distanceMax(260))
    .force('x', forceX<SimNode>((node) => center(node)[0] * width).strength(0.12))
    .force('y', forceY<SimNode>((node) => center(node)[1] * height).strength(0.12))
    // Two collision passes a step left no overlapping labels on the explorer and two pairs on the
    // topic map when measured, against none with three passes, at a third less time.
    .force(
      'collide',
      forceCollide<SimNode>((node) =>
        Math.max(node.radius + 3, node.labelWidth / 2 + 3),
      ).iterations(2),
    )
    .stop();
  for (let tick = 0; tick < ticks; tick++) simulation.tick();

  const margin = 24;
  return simNodes.map((node) => ({
    key: node.key,
    x: Math.round(Math.min(width - margin, Math.max(margin, node.x ?? 0)) * 10) / 10,
    y: Math.round(Math.min(height - margin, Math.max(margin, node.y ?? 0)) * 10) / 10,
  }));
}

/** Estimates the rendered width of a label: average glyph width times length, in layout units. */
export function estimateLabelWidth(label: string, fontSize = 9): number {
  return Math.ceil(label.length * fontSize * 0.58);
}

/** Returns the alpha a simulation ends at after `ticks` steps when it is set to rest after `restAfter`. */
export function finalAlpha(ticks = 250, restAfter = 200): number {
  return Math.pow(alphaMin, ticks / restAfter);
}
