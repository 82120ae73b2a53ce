import { getCollection } from 'astro:content';
import { controlSlug, fullCatalog } from '../catalog';
import { getNode, graphLinks } from '../catalog/graph';
import { useTranslations } from '../i18n';
import { languages, type Lang } from './languages';
import { listPagePaths } from './page-list';
import { parentOfPath, topicClusterIds, type TopicClusterId } from './topic-clusters';
import { buildTopicGraph, type Topic, type TopicGraph } from './topic-graph';
import { describeTopics, type TopicText } from './topic-text';
import { pageUrl } from './urls';

/** A link in a content page's Markdown to another page of the site: "](/en/controls/a-4-2/)". */
const contentLinkPattern = /\]\(\/en\/([^)\s#?]*)/g;

const annexGroupBySlug = new Map(
  fullCatalog.iso42001.controls.map((control) => [controlSlug(control.id), control.group]),
);

function annexGroupOf(path: string): string | undefined {
  const [section, slug] = path.split('/');
  return section === 'controls' && slug ? annexGroupBySlug.get(slug) : undefined;
}

/**
 * Collects the relations between pages. Each page is related to the page above it in the site
 * contents, control and clause pages to their related controls, content pages to the pages they
 * link to, and framework items to the items their mapping links join. Content links are read from
 * the English twins, which link the same pages as the Hebrew ones.
 */
export async function collectTopicRelations(paths: string[]): Promise<[string, string][]> {
  const relations: [string, string][] = [];
  for (const path of paths) {
    const parent = parentOfPath(path);
    if (parent !== undefined) relations.push([path, parent]);
  }

  for (const name of ['guides', 'clauses', 'controls', 'faq'] as const) {
    for (const entry of await getCollection(name, (item) => item.id.startsWith('en/'))) {
      const path = name === 'faq' ? 'faq/' : `${name}/${entry.id.split('/')[1]}/`;
      if ('related' in entry.data) {
        for (const id of entry.data.related) relations.push([path, `controls/${controlSlug(id)}/`]);
      }
      for (const match of (entry.body ?? '').matchAll(contentLinkPattern)) {
        relations.push([path, match[1]!]);
      }
    }
  }

  const pageOf = (key: string) => getNode(key).path.split('#')[0]!;
  for (const link of graphLinks) relations.push([pageOf(link.source), pageOf(link.target)]);
  return relations;
}

interface TopicMapModel {
  graph: TopicGraph;
  texts: Record<Lang, Map<string, TopicText>>;
}

let model: Promise<TopicMapModel> | undefined;

/** Builds the topic map once per build: one topic for every page that listPagePaths() names. */
export function getTopicMap(): Promise<TopicMapModel> {
  model ??= (async () => {
    const paths = await listPagePaths();
    const texts = { en: await describeTopics(paths, 'en'), he: await describeTopics(paths, 'he') };
    const labels = new Map<string, string[]>();
    for (const path of paths) {
      const pathLabels = languages.flatMap((lang) => texts[lang].get(path)!.label ?? []);
      if (pathLabels.length > 0) labels.set(path, pathLabels);
    }
    const relations = await collectTopicRelations(paths);
    return { graph: buildTopicGraph({ paths, relations, labels, annexGroupOf }), texts };
  })();
  return model;
}

/** A topic with its texts, address and cluster name in one language, as a page draws it. */
export interface TopicView extends Topic, TopicText {
  href: string;
  clusterName: string;
}

/** Edges between two clusters, drawn as one SVG path so that a filter can hide them together. */
export interface EdgeGroup {
  clusters: [TopicClusterId, TopicClusterId];
  d: string;
}

const clusterKeys: Record<TopicClusterId, string> = {
  standards: 'topicMap.clusterStandards',
  regulations: 'topicMap.clusterRegulations',
  frameworks: 'topicMap.clusterFrameworks',
  clauses: 'topicMap.clusterClauses',
  'annex-a': 'topicMap.clusterAnnexA',
  guides: 'topicMap.clusterGuides',
  faq: 'topicMap.clusterFaq',
  site: 'topicMap.clusterSite',
};

/** Returns what a page of one language renders: topics mirrored for Hebrew, grouped edges, clusters. */
export async function getTopicMapView(lang: Lang) {
  const { graph, texts } = await getTopicMap();
  const t = useTranslations(lang);
  const mirror = (x: number) => (lang === 'he' ? Math.round((graph.width - x) * 10) / 10 : x);

  const topics: TopicView[] = graph.topics.map((topic) => ({
    ...topic,
    ...texts[lang].get(topic.path)!,
    x: mirror(topic.x),
    href: pageUrl(lang, ...topic.path.split('/')),
    clusterName: t(clusterKeys[topic.cluster]),
  }));

  const segments = new Map<string, string[]>();
  for (const [a, b] of graph.edges) {
    const pair = [topics[a]!.cluster, topics[b]!.cluster].sort().join(' ');
    if (!segments.has(pair)) segments.set(pair, []);
    segments.get(pair)!.push(`M${topics[a]!.x} ${topics[a]!.y}L${topics[b]!.x} ${topics[b]!.y}`);
  }
  const edgeGroups: EdgeGroup[] = [...segments].map(([pair, parts]) => ({
    clusters: pair.split(' ') as [TopicClusterId, TopicClusterId],
    d: parts.join(''),
  }));

  const clusters = topicClusterIds.map((id) => ({
    id,
    name: t(clusterKeys[id]),
    topics: topics.filter((topic) => topic.cluster === id),
  }));
  return {
    width: graph.width,
    height: graph.height,
    topics,
    edges: graph.edges,
    edgeGroups,
    clusters,
  };
}

export type TopicMapView = Awaited<ReturnType<typeof getTopicMapView>>;
