import type { MappingLink, RelationshipType } from './mappings-schema';
import type { BilingualText } from './schema';
import { controlSlug, fullCatalog } from './index';

export const frameworkIds = ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf'] as const;
export type FrameworkId = (typeof frameworkIds)[number];

/** Display names of the frameworks; they are proper names and stay in Latin script in Hebrew. */
export const frameworkNames: Record<FrameworkId, string> = {
  iso42001: 'ISO/IEC 42001',
  iso27001: 'ISO/IEC 27001',
  'eu-ai-act': 'EU AI Act',
  'nist-ai-rmf': 'NIST AI RMF',
};

export type NodeKind = 'clause' | 'control' | 'article' | 'annex' | 'subcategory';

/** One item of any framework, as the explorer, the coverage view and the item pages see it. */
export interface GraphNode {
  /** Unique across frameworks: "iso27001:A.5.23". */
  key: string;
  framework: FrameworkId;
  id: string;
  kind: NodeKind;
  /** Filter group within the framework: an Annex A group, a 27001 theme, an EU chapter, a NIST function. */
  group: string;
  title: BilingualText;
  /** Page path after the language prefix, with a fragment for subclauses. */
  path: string;
}

export interface GraphLink extends Omit<MappingLink, 'source' | 'target'> {
  source: string;
  target: string;
  sourceFramework: Exclude<FrameworkId, 'iso42001'>;
}

export const nodeKey = (framework: FrameworkId, id: string) => `${framework}:${id}`;

/** Anchor id of a subclause in the list on its clause page: 6.1.2 becomes clause-6-1-2. */
export const clauseAnchor = (id: string) => `clause-${id.replaceAll('.', '-')}`;

function clausePath(prefix: string, id: string): string {
  const top = id.split('.')[0]!;
  return id === top ? `${prefix}clauses/${top}/` : `${prefix}clauses/${top}/#${clauseAnchor(id)}`;
}

function buildNodes(): GraphNode[] {
  const { iso42001, iso27001, euAiAct, nistAiRmf } = fullCatalog;
  return [
    ...iso42001.clauses.map((clause) => ({
      key: nodeKey('iso42001', clause.id),
      framework: 'iso42001' as const,
      id: clause.id,
      kind: 'clause' as const,
      group: 'clauses',
      title: clause.title,
      path: clausePath('', clause.id),
    })),
    ...iso42001.controls.map((control) => ({
      key: nodeKey('iso42001', control.id),
      framework: 'iso42001' as const,
      id: control.id,
      kind: 'control' as const,
      group: control.group,
      title: control.title,
      path: `controls/${controlSlug(control.id)}/`,
    })),
    ...iso27001.clauses.map((clause) => ({
      key: nodeKey('iso27001', clause.id),
      framework: 'iso27001' as const,
      id: clause.id,
      kind: 'clause' as const,
      group: 'clauses',
      title: clause.title,
      path: clausePath('iso27001/', clause.id),
    })),
    ...iso27001.controls.map((control) => ({
      key: nodeKey('iso27001', control.id),
      framework: 'iso27001' as const,
      id: control.id,
      kind: 'control' as const,
      group: `A.${control.theme}`,
      title: control.title,
      path: `iso27001/${controlSlug(control.id)}/`,
    })),
    ...euAiAct.articles.map((article) => ({
      key: nodeKey('eu-ai-act', article.id),
      framework: 'eu-ai-act' as const,
      id: article.id,
      kind: 'article' as const,
      group: `Chapter ${article.chapter}`,
      title: article.title,
      path: `eu-ai-act/${controlSlug(article.id)}/`,
    })),
    ...euAiAct.annexes.map((annex) => ({
      key: nodeKey('eu-ai-act', annex.id),
      framework: 'eu-ai-act' as const,
      id: annex.id,
      kind: 'annex' as const,
      group: 'annexes',
      title: annex.title,
      path: `eu-ai-act/${controlSlug(annex.id)}/`,
    })),
    ...nistAiRmf.subcategories.map((subcategory) => ({
      key: nodeKey('nist-ai-rmf', subcategory.id),
      framework: 'nist-ai-rmf' as const,
      id: subcategory.id,
      kind: 'subcategory' as const,
      group: subcategory.id.split(' ')[0]!,
      title: subcategory.statement,
      path: `nist-ai-rmf/${controlSlug(subcategory.id)}/`,
    })),
  ];
}

function buildLinks(): GraphLink[] {
  const files = [
    ['iso27001', fullCatalog.mappings.iso27001],
    ['eu-ai-act', fullCatalog.mappings.euAiAct],
    ['nist-ai-rmf', fullCatalog.mappings.nistAiRmf],
  ] as const;
  return files.flatMap(([framework, mapping]) =>
    mapping.links.map((link) => ({
      ...link,
      source: nodeKey(framework, link.source),
      target: nodeKey('iso42001', link.target),
      sourceFramework: framework,
    })),
  );
}

export const graphNodes: GraphNode[] = buildNodes();
export const graphLinks: GraphLink[] = buildLinks();
const nodesByKey = new Map(graphNodes.map((node) => [node.key, node]));

export function getNode(key: string): GraphNode {
  const node = nodesByKey.get(key);
  if (!node) throw new Error(`No catalog item has the key ${key}.`);
  return node;
}

/** Returns the links that touch one item, in either direction. */
export function getLinksOf(key: string): GraphLink[] {
  return graphLinks.filter((link) => link.source === key || link.target === key);
}

/** Returns the "no counterpart" note of a framework for an ISO/IEC 42001 control, if it has one. */
export function getNoCounterpart(framework: Exclude<FrameworkId, 'iso42001'>, controlId: string) {
  const mapping = {
    iso27001: fullCatalog.mappings.iso27001,
    'eu-ai-act': fullCatalog.mappings.euAiAct,
    'nist-ai-rmf': fullCatalog.mappings.nistAiRmf,
  }[framework];
  return mapping.noCounterpart.find((entry) => entry.control === controlId);
}

export type { RelationshipType };
