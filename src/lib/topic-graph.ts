import { computeLayout, estimateLabelWidth } from './graph-layout';
import { clusterOfPath, layoutCenterOf, type TopicClusterId } from './topic-clusters';

/** One page of the site as a topic: where it sits on the map and how connected it is. */
export interface Topic {
  /** Page path after the language prefix ("" for home). */
  path: string;
  cluster: TopicClusterId;
  /** Annex A group of a control page ("A.6"), which gets its own spot in the Annex A cluster. */
  annexGroup?: string;
  /** Number of other topics this one is related to. */
  degree: number;
  radius: number;
  /** Position in map units, left to right; Hebrew pages mirror it. */
  x: number;
  y: number;
}

export interface TopicGraph {
  /** Size of the drawing, cropped to its circles and labels, in map units. */
  width: number;
  height: number;
  topics: Topic[];
  /** Related topics as pairs of indexes into `topics`, each pair once, lower index first. */
  edges: [number, number][];
}

export interface TopicGraphInput {
  paths: string[];
  /** Related page paths; pairs may repeat, come in either order or name paths that are no page. */
  relations: [string, string][];
  /** Map labels of the labelled topics, in every language, to keep the longest one clear. */
  labels: Map<string, string[]>;
  /** Annex A group of a control page path. */
  annexGroupOf: (path: string) => string | undefined;
  /** Size of the area that cluster centres are placed in, in map units; the map is cropped later. */
  width?: number;
  height?: number;
}

/** Font size of map labels, in map units; the stylesheet draws them at this size. */
export const topicLabelFontSize = 14;

/** Distance from a topic's centre to the baseline of its label, which is drawn centred below it. */
export const topicLabelOffset = 15;

/**
 * Returns the width to give the layout for a labelled topic. The layout keeps a circle of half
 * this width clear around the topic, so the circle must reach the far corners of the label box,
 * which sits below the topic: half the label's width across and its bottom edge down.
 */
function labelReach(labelWidth: number, radius: number): number {
  const bottom = radius + topicLabelOffset + topicLabelFontSize * 0.3;
  return Math.ceil(2 * Math.hypot(labelWidth / 2, bottom));
}

/** Returns the radius of a topic's circle, which grows with the square root of its degree. */
export function topicRadius(degree: number): number {
  return Math.round(Math.min(24, 3.5 + 1.6 * Math.sqrt(degree)) * 10) / 10;
}

/** Turns relations into unique index pairs, dropping self-relations and paths that are no page. */
export function buildEdges(paths: string[], relations: [string, string][]): [number, number][] {
  const index = new Map(paths.map((path, position) => [path, position]));
  const seen = new Set<string>();
  const edges: [number, number][] = [];
  for (const [from, to] of relations) {
    const a = index.get(from);
    const b = index.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    const pair: [number, number] = a < b ? [a, b] : [b, a];
    const key = pair.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(pair);
  }
  return edges;
}

/** Room around the layout area in map units, so that the layout rarely pins a topic to its border. */
const layoutPadding = 250;
/** Margin kept around the drawing once it is cropped to its content. */
const cropMargin = 12;

/**
 * Builds the topic map: one topic per page path, edges from the relations, sizes from degrees and
 * a layout computed ahead of time. Topics gather by cluster, and Annex A controls by group, with
 * cluster centres placed in a `width` × `height` area. The layout runs on a larger canvas, so
 * that no topic is pinned to its border, and is then cropped to the circles and labels it drew.
 */
export function buildTopicGraph(input: TopicGraphInput): TopicGraph {
  const { paths, relations, labels, annexGroupOf, width = 1200, height = 1000 } = input;
  const edges = buildEdges(paths, relations);
  const degrees = paths.map(() => 0);
  for (const [a, b] of edges) {
    degrees[a]!++;
    degrees[b]!++;
  }

  const canvas = { width: width + 2 * layoutPadding, height: height + 2 * layoutPadding };
  const toCanvas = ([x, y]: [number, number]): [number, number] => [
    (layoutPadding + x * width) / canvas.width,
    (layoutPadding + y * height) / canvas.height,
  ];
  const annexGroups = [...new Set(paths.map(annexGroupOf).filter((group) => group !== undefined))];
  const clusterCenters: Record<string, [number, number]> = {};
  const labelWidths = paths.map((path) =>
    Math.max(
      0,
      ...(labels.get(path) ?? []).map((label) => estimateLabelWidth(label, topicLabelFontSize)),
    ),
  );
  const layoutNodes = paths.map((path, position) => {
    const cluster = clusterOfPath(path);
    const annexGroup = annexGroupOf(path);
    const layoutCluster = annexGroup ? `${cluster}:${annexGroup}` : cluster;
    clusterCenters[layoutCluster] = toCanvas(layoutCenterOf(cluster, annexGroup, annexGroups));
    const radius = topicRadius(degrees[position]!);
    const labelWidth = labelWidths[position]! > 0 ? labelReach(labelWidths[position]!, radius) : 0;
    return { key: path, cluster: layoutCluster, labelWidth, radius };
  });
  const positions = computeLayout(
    layoutNodes,
    edges.map(([a, b]) => ({ source: paths[a]!, target: paths[b]! })),
    { ...canvas, clusterCenters },
  );

  // Crop to what is drawn: each circle, and each label below its circle.
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  positions.forEach(({ x, y }, position) => {
    const { radius } = layoutNodes[position]!;
    const halfLabel = labelWidths[position]! / 2;
    left = Math.min(left, x - Math.max(radius, halfLabel));
    right = Math.max(right, x + Math.max(radius, halfLabel));
    top = Math.min(top, y - radius);
    bottom = Math.max(bottom, y + radius + (halfLabel > 0 ? topicLabelOffset + 5 : 0));
  });
  const round = (value: number) => Math.round(value * 10) / 10;
  const topics = paths.map((path, position) => ({
    path,
    cluster: clusterOfPath(path),
    ...(annexGroupOf(path) ? { annexGroup: annexGroupOf(path) } : {}),
    degree: degrees[position]!,
    radius: layoutNodes[position]!.radius,
    x: round(positions[position]!.x - left + cropMargin),
    y: round(positions[position]!.y - top + cropMargin),
  }));
  return {
    width: Math.ceil(right - left + 2 * cropMargin),
    height: Math.ceil(bottom - top + 2 * cropMargin),
    topics,
    edges,
  };
}
