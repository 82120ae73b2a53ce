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
  width?: number;
  height?: number;
}

/** Font size of map labels, in map units; the stylesheet draws them at this size. */
export const topicLabelFontSize = 14;

/** Radius of a topic's circle: grows with the square root of its degree, so hubs stand out. */
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

/**
 * Builds the topic map: one topic per page path, edges from the relations, sizes from degrees and
 * a layout computed ahead of time. Topics gather by cluster, and Annex A controls by group.
 */
export function buildTopicGraph(input: TopicGraphInput): TopicGraph {
  const { paths, relations, labels, annexGroupOf, width = 1200, height = 900 } = input;
  const edges = buildEdges(paths, relations);
  const degrees = paths.map(() => 0);
  for (const [a, b] of edges) {
    degrees[a]!++;
    degrees[b]!++;
  }

  const annexGroups = [...new Set(paths.map(annexGroupOf).filter((group) => group !== undefined))];
  const clusterCenters: Record<string, [number, number]> = {};
  const layoutNodes = paths.map((path, position) => {
    const cluster = clusterOfPath(path);
    const annexGroup = annexGroupOf(path);
    const layoutCluster = annexGroup ? `${cluster}:${annexGroup}` : cluster;
    clusterCenters[layoutCluster] = layoutCenterOf(cluster, annexGroup, annexGroups);
    const widths = (labels.get(path) ?? []).map((label) =>
      estimateLabelWidth(label, topicLabelFontSize),
    );
    return {
      key: path,
      cluster: layoutCluster,
      labelWidth: Math.max(0, ...widths),
      radius: topicRadius(degrees[position]!),
    };
  });
  const positions = computeLayout(
    layoutNodes,
    edges.map(([a, b]) => ({ source: paths[a]!, target: paths[b]! })),
    { width, height, clusterCenters },
  );

  const topics = paths.map((path, position) => ({
    path,
    cluster: clusterOfPath(path),
    ...(annexGroupOf(path) ? { annexGroup: annexGroupOf(path) } : {}),
    degree: degrees[position]!,
    radius: layoutNodes[position]!.radius,
    x: positions[position]!.x,
    y: positions[position]!.y,
  }));
  return { width, height, topics, edges };
}
