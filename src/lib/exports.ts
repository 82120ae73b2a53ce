import { fullCatalog } from '../catalog';
import { frameworkNames, graphLinks, graphNodes, type FrameworkId } from '../catalog/graph';
import type { RelationshipType } from '../catalog/mappings-schema';
import { uuidV5 } from './uuid';

/** Bumped whenever a link is added, removed or retyped; shown in downloads and reports. */
export const mappingVersion = '2026.12.1';

const csvSpecial = /[",\r\n]/;
/** Bidirectional control characters must not leak into plain-text exports. */
const bidiControls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Formats rows as RFC 4180 CSV, with a byte-order mark so spreadsheet programs read Hebrew as UTF-8. */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value).replace(bidiControls, '');
    return csvSpecial.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return `\ufeff${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

export function itemsCsv(): string {
  return toCsv(
    ['framework', 'id', 'kind', 'group', 'title_en', 'title_he'],
    graphNodes.map((node) => [node.framework, node.id, node.kind, node.group, node.title.en, node.title.he]),
  );
}

export function linksJson() {
  return {
    mappingVersion,
    vocabulary: 'NIST IR 8477 set-theory relationships, read as "source <type> target"; "related" marks an untyped published crosswalk link.',
    sources: fullCatalog.mappingSources,
    links: graphLinks.map((link) => ({
      sourceFramework: link.sourceFramework,
      source: link.source.split(':').slice(1).join(':'),
      targetFramework: 'iso42001',
      target: link.target.split(':').slice(1).join(':'),
      type: link.type,
      strength: link.strength,
      rationale: link.rationale,
      provenance: link.provenance,
      ...(link.note ? { note: link.note } : {}),
    })),
    noCounterpart: {
      iso27001: fullCatalog.mappings.iso27001.noCounterpart,
      'eu-ai-act': fullCatalog.mappings.euAiAct.noCounterpart,
      'nist-ai-rmf': fullCatalog.mappings.nistAiRmf.noCounterpart,
    },
  };
}

export function linksCsv(): string {
  return toCsv(
    ['source_framework', 'source', 'target_framework', 'target', 'type', 'strength', 'rationale_en', 'rationale_he', 'provenance'],
    linksJson().links.map((link) => [
      link.sourceFramework,
      link.source,
      link.targetFramework,
      link.target,
      link.type,
      link.strength,
      link.rationale.en,
      link.rationale.he,
      link.provenance,
    ]),
  );
}

/** OSCAL names the IR 8477 set-theory relationships with these tokens; untyped links have none. */
const oscalRelationship: Partial<Record<RelationshipType, string>> = {
  equal: 'equal-to',
  subset: 'subset-of',
  superset: 'superset-of',
  intersect: 'intersects-with',
};

/**
 * Builds the typed links as an OSCAL 1.2 mapping collection: one mapping per source framework,
 * each map one link. Untyped crosswalk links (`related`) have no OSCAL relationship, so they are
 * left out here and stay in the JSON and CSV downloads. The document's remarks state this.
 */
export function oscalMappingCollection(site: URL, lastModified: string) {
  const frameworks: Exclude<FrameworkId, 'iso42001'>[] = ['iso27001', 'eu-ai-act', 'nist-ai-rmf'];
  const catalogHref = (framework: FrameworkId) => new URL(`/downloads/catalog-${framework}.json`, site).href;
  const untyped = graphLinks.filter((link) => link.type === 'related').length;
  return {
    'mapping-collection': {
      uuid: uuidV5(`mapping-collection:${mappingVersion}`),
      metadata: {
        title: 'AIMS Atlas: ISO/IEC 27001:2022, EU AI Act and NIST AI RMF 1.0 mapped to ISO/IEC 42001:2023',
        'last-modified': lastModified,
        version: mappingVersion,
        'oscal-version': '1.2.0',
        remarks:
          `Relationships follow NIST IR 8477, read as "source relationship target". ${untyped} untyped links ` +
          'from the NIST AI Resource Center crosswalk have no OSCAL relationship and are published only in links.json and links.csv.',
      },
      mappings: frameworks.flatMap((framework) => {
        const links = graphLinks.filter((link) => link.sourceFramework === framework && oscalRelationship[link.type]);
        // OSCAL requires at least one map per mapping, so a framework with only untyped links is left out.
        if (links.length === 0) return [];
        return {
          uuid: uuidV5(`mapping:${framework}:iso42001`),
          'source-resource': { type: 'catalog', href: catalogHref(framework), remarks: frameworkNames[framework] },
          'target-resource': { type: 'catalog', href: catalogHref('iso42001'), remarks: frameworkNames.iso42001 },
          maps: links.map((link) => ({
            uuid: uuidV5(`map:${link.source}->${link.target}`),
            relationship: { type: oscalRelationship[link.type]! },
            sources: [{ type: 'control', 'id-ref': link.source.split(':').slice(1).join(':') }],
            targets: [{ type: 'control', 'id-ref': link.target.split(':').slice(1).join(':') }],
            remarks: `${link.rationale.en} Strength ${link.strength} of 10. Provenance: ${link.provenance}.`,
          })),
        };
      }),
    },
  };
}

export const catalogDownloads: Record<FrameworkId, () => unknown> = {
  iso42001: () => fullCatalog.iso42001,
  iso27001: () => fullCatalog.iso27001,
  'eu-ai-act': () => fullCatalog.euAiAct,
  'nist-ai-rmf': () => fullCatalog.nistAiRmf,
};
