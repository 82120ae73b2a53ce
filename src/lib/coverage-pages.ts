import { frameworkIds, graphLinks, graphNodes, type FrameworkId } from '../catalog/graph';
import { computeCoverage, type ItemCoverage } from './coverage';

/** Every ordered pair of frameworks: what the first (already in place) covers of the second. */
export const coveragePairs: { having: FrameworkId; covered: FrameworkId }[] = frameworkIds.flatMap((having) =>
  frameworkIds.filter((covered) => covered !== having).map((covered) => ({ having, covered })),
);

/** The pair shown first: how much of ISO/IEC 42001 an ISO/IEC 27001 programme already covers. */
export const defaultCoveragePair = { having: 'iso27001', covered: 'iso42001' } as const;

/** Computes coverage for one pair over the whole catalog graph. */
export function getCoverage(having: FrameworkId, covered: FrameworkId): ItemCoverage[] {
  return computeCoverage(graphNodes, graphLinks, having, covered);
}
