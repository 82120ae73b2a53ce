/** The clusters of the topic map, in legend order. */
export const topicClusterIds = [
  'standards',
  'regulations',
  'frameworks',
  'clauses',
  'annex-a',
  'guides',
  'faq',
  'site',
] as const;
export type TopicClusterId = (typeof topicClusterIds)[number];

/** First path segment of a page and the cluster its topics belong to. */
const clusterOfSection: Record<string, TopicClusterId> = {
  iso27001: 'standards',
  'eu-ai-act': 'regulations',
  'nist-ai-rmf': 'frameworks',
  frameworks: 'frameworks',
  clauses: 'clauses',
  controls: 'annex-a',
  guides: 'guides',
  faq: 'faq',
};

/**
 * Returns the cluster of a page path ("controls/a-6-2-4/"). ISO/IEC 27001 is the other standard,
 * the EU AI Act the regulation and the NIST AI RMF the framework. The ISO/IEC 42001 clauses and
 * Annex A controls have a cluster each, and home, search and the other tools form "site".
 */
export function clusterOfPath(path: string): TopicClusterId {
  return clusterOfSection[path.split('/')[0]!] ?? 'site';
}

/** Top-level pages that the site contents list under "Frameworks" rather than under home. */
const frameworkTools = new Set([
  'iso27001/',
  'eu-ai-act/',
  'nist-ai-rmf/',
  'explorer/',
  'coverage/',
  'downloads/',
]);

/**
 * Returns the page a path sits under in the site's hierarchy: an item under its section index
 * ("controls/a-6-2-4/" under "controls/"), a framework tool under "frameworks/", every other
 * section under the home page (""). The home page has no parent.
 */
export function parentOfPath(path: string): string | undefined {
  if (path === '') return undefined;
  const segments = path.split('/').filter(Boolean);
  if (segments.length > 1) return `${segments[0]}/`;
  return frameworkTools.has(path) ? 'frameworks/' : '';
}

/** Centre of each cluster on the map, as fractions of width and height, left to right. */
export const clusterCenters: Record<TopicClusterId, [number, number]> = {
  standards: [0.17, 0.5],
  regulations: [0.83, 0.5],
  frameworks: [0.5, 0.8],
  clauses: [0.36, 0.56],
  'annex-a': [0.6, 0.55],
  guides: [0.3, 0.24],
  faq: [0.68, 0.26],
  site: [0.5, 0.2],
};

/**
 * Returns the layout centre of a topic: its cluster centre, or for an Annex A control the centre
 * of its group, placed on a small ring around the Annex A centre so that the nine groups show.
 */
export function layoutCenterOf(
  cluster: TopicClusterId,
  annexGroup: string | undefined,
  annexGroups: string[],
): [number, number] {
  const [x, y] = clusterCenters[cluster];
  const position = annexGroup ? annexGroups.indexOf(annexGroup) : -1;
  if (cluster !== 'annex-a' || position < 0) return [x, y];
  const angle = (2 * Math.PI * position) / annexGroups.length;
  return [x + 0.07 * Math.cos(angle), y + 0.09 * Math.sin(angle)];
}
