import {
  frameworkIds,
  graphLinks,
  graphNodes,
  type FrameworkId,
  type GraphNode,
} from '../catalog/graph';
import { computeLayout, estimateLabelWidth } from './graph-layout';
import type { Lang } from './languages';
import { pageUrl } from './urls';

export const explorerSize = { width: 1400, height: 1000 };

/** Cluster centre of each framework's items in the explorer, as fractions of width and height. */
const clusterCenters: Record<FrameworkId, [number, number]> = {
  iso42001: [0.5, 0.5],
  iso27001: [0.17, 0.32],
  'eu-ai-act': [0.83, 0.32],
  'nist-ai-rmf': [0.5, 0.86],
};

/** Short label drawn under a node: the id, with EU articles abbreviated as lawyers write them. */
export function shortLabel(node: GraphNode): string {
  if (node.kind === 'article') return node.id.replace('Article ', 'Art. ');
  return node.id;
}

const degree = new Map<string, number>();
for (const link of graphLinks) {
  degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
  degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
}

export const nodeRadius = (key: string) => Math.min(11, 4 + Math.sqrt(degree.get(key) ?? 0) * 1.2);

/** The layout of the whole graph, computed once per build (left to right; Hebrew pages mirror it). */
export const explorerLayout = computeLayout(
  graphNodes.map((node) => ({
    key: node.key,
    cluster: node.framework,
    labelWidth: estimateLabelWidth(shortLabel(node)),
    radius: nodeRadius(node.key),
  })),
  graphLinks.map((link) => ({ source: link.source, target: link.target })),
  { ...explorerSize, clusterCenters },
);

/** Compact data for the explorer's script: node and link fields, in one language, indexed by position. */
export function buildExplorerData(lang: Lang) {
  const positions = new Map(explorerLayout.map((position) => [position.key, position]));
  const index = new Map(graphNodes.map((node, position) => [node.key, position]));
  const mirror = (x: number) => (lang === 'he' ? explorerSize.width - x : x);
  return {
    nodes: graphNodes.map((node) => {
      const [page, fragment] = node.path.split('#');
      return {
        key: node.key,
        framework: node.framework,
        group: node.group,
        id: node.id,
        label: shortLabel(node),
        title: node.title[lang],
        href: pageUrl(lang, ...page!.split('/')) + (fragment ? `#${fragment}` : ''),
        x: mirror(positions.get(node.key)!.x),
        y: positions.get(node.key)!.y,
        r: nodeRadius(node.key),
      };
    }),
    // Rationales and sources stay on the item pages, which the panel links to. Leaving them out
    // keeps the explorer page small enough to become interactive quickly.
    links: graphLinks.map((link) => ({
      s: index.get(link.source)!,
      t: index.get(link.target)!,
      type: link.type,
      strength: link.strength,
    })),
  };
}

export type ExplorerData = ReturnType<typeof buildExplorerData>;

/** Returns the filter groups of a framework, in catalog order. */
export function listGroups(framework: FrameworkId): string[] {
  return [
    ...new Set(graphNodes.filter((node) => node.framework === framework).map((node) => node.group)),
  ];
}

export { frameworkIds };
