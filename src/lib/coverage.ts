import type { RelationshipType } from '../catalog/mappings-schema';

/** How far the items of one framework cover an item of another, best first. */
export type CoverageLevel = 'full' | 'partial' | 'unrated' | 'none';

const levelRank: Record<CoverageLevel, number> = { full: 3, partial: 2, unrated: 1, none: 0 };

export interface CoverageNode {
  key: string;
  framework: string;
}

export interface CoverageLink {
  /** Item of the other framework. */
  source: string;
  /** Item of the hub framework (ISO/IEC 42001), which every link points to. */
  target: string;
  type: RelationshipType;
}

/** One way an item is covered: by which item, at what level, and through which hub item if indirect. */
export interface CoverageStep {
  by: string;
  level: Exclude<CoverageLevel, 'none'>;
  via?: string;
}

export interface ItemCoverage {
  key: string;
  level: CoverageLevel;
  indirect: boolean;
  /** Every covering item at the item's level, direct ones first. */
  steps: CoverageStep[];
}

/**
 * Rates how much the item at one end of a link covers the item at the other end. A link reads
 * "source <type> target": `superset` means the source contains all of the target, so the source
 * covers the target fully but the target covers the source only partly.
 */
export function rateLink(type: RelationshipType, direction: 'source-covers-target' | 'target-covers-source'): Exclude<CoverageLevel, 'none'> {
  if (type === 'related') return 'unrated';
  if (type === 'equal') return 'full';
  if (type === 'intersect') return 'partial';
  const sourceContainsTarget = type === 'superset';
  const fullDirection = sourceContainsTarget ? 'source-covers-target' : 'target-covers-source';
  return direction === fullDirection ? 'full' : 'partial';
}

function weakest(a: Exclude<CoverageLevel, 'none'>, b: Exclude<CoverageLevel, 'none'>) {
  return levelRank[a] <= levelRank[b] ? a : b;
}

/**
 * Computes, for every item of `covered`, how the items of `having` cover it. Links join other
 * frameworks to the hub only, so between two non-hub frameworks coverage is indirect, through a hub
 * item, and a path is rated by its weakest step. A direct rating wins over an indirect one of the
 * same level.
 */
export function computeCoverage(
  nodes: CoverageNode[],
  links: CoverageLink[],
  having: string,
  covered: string,
  hub = 'iso42001',
): ItemCoverage[] {
  const frameworkOf = new Map(nodes.map((node) => [node.key, node.framework]));
  const candidates = new Map<string, CoverageStep[]>();
  const add = (key: string, step: CoverageStep) => {
    if (!candidates.has(key)) candidates.set(key, []);
    candidates.get(key)!.push(step);
  };

  if (having !== covered) {
    for (const link of links) {
      const sourceFramework = frameworkOf.get(link.source);
      if (sourceFramework === having && covered === hub) {
        add(link.target, { by: link.source, level: rateLink(link.type, 'source-covers-target') });
      } else if (having === hub && sourceFramework === covered) {
        add(link.source, { by: link.target, level: rateLink(link.type, 'target-covers-source') });
      }
    }
    if (having !== hub && covered !== hub) {
      const fromHaving = links.filter((link) => frameworkOf.get(link.source) === having);
      const toCovered = links.filter((link) => frameworkOf.get(link.source) === covered);
      for (const first of fromHaving) {
        const firstLevel = rateLink(first.type, 'source-covers-target');
        for (const second of toCovered.filter((link) => link.target === first.target)) {
          const level = weakest(firstLevel, rateLink(second.type, 'target-covers-source'));
          add(second.source, { by: first.source, level, via: first.target });
        }
      }
    }
  }

  return nodes
    .filter((node) => node.framework === covered)
    .map((node) => {
      const steps = candidates.get(node.key) ?? [];
      if (steps.length === 0) return { key: node.key, level: 'none' as const, indirect: false, steps: [] };
      const best = Math.max(...steps.map((step) => levelRank[step.level]));
      const top = steps
        .filter((step) => levelRank[step.level] === best)
        .sort((a, b) => Number(Boolean(a.via)) - Number(Boolean(b.via)));
      return { key: node.key, level: top[0]!.level, indirect: Boolean(top[0]!.via), steps: dedupe(top) };
    });
}

function dedupe(steps: CoverageStep[]): CoverageStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = `${step.by}|${step.via ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Counts items per coverage level, split into direct and indirect. */
export function countCoverage(items: ItemCoverage[]) {
  const counts = { full: 0, partial: 0, unrated: 0, none: 0, indirect: 0, total: items.length };
  for (const item of items) {
    counts[item.level]++;
    if (item.indirect) counts.indirect++;
  }
  return counts;
}
