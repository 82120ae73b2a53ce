import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertBuilt, distDir, listPages, loadPage, readDist } from '../support/dist';

assertBuilt();
const pages = new Set(listPages());
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const iso27001 = readJson('catalog/iso27001/catalog.json') as { controls: { id: string }[] };
const euAiAct = readJson('catalog/eu-ai-act/catalog.json') as {
  articles: { id: string }[];
  annexes: { id: string }[];
};
const nist = readJson('catalog/nist-ai-rmf/catalog.json') as { subcategories: { id: string }[] };
const slug = (id: string) => id.toLowerCase().replaceAll('.', '-').replaceAll(' ', '-');

describe('framework pages', () => {
  it('exist for every item of the three other frameworks in both languages', () => {
    const missing: string[] = [];
    for (const lang of ['en', 'he']) {
      const expected = [
        ...iso27001.controls.map((control) => `/${lang}/iso27001/${slug(control.id)}/`),
        ...['4', '5', '6', '7', '8', '9', '10'].map(
          (clause) => `/${lang}/iso27001/clauses/${clause}/`,
        ),
        ...[...euAiAct.articles, ...euAiAct.annexes].map(
          (item) => `/${lang}/eu-ai-act/${slug(item.id)}/`,
        ),
        ...nist.subcategories.map((subcategory) => `/${lang}/nist-ai-rmf/${slug(subcategory.id)}/`),
      ];
      missing.push(...expected.filter((path) => !pages.has(path)));
    }
    expect(missing).toEqual([]);
    expect(pages.has('/he/eu-ai-act/article-113/')).toBe(true);
    expect(pages.has('/en/nist-ai-rmf/manage-4-3/')).toBe(true);
  });

  it('list the links of an item with type, strength, rationale and source', () => {
    const table = loadPage('/en/eu-ai-act/article-14/').querySelector('.aa-link-table');
    expect(table).not.toBeNull();
    const headers = [...table!.querySelectorAll('th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Item', 'Relationship', 'Strength', 'Rationale', 'Source']);
    const targets = [...table!.querySelectorAll('tbody tr td:first-child a')].map((a) =>
      a.getAttribute('href'),
    );
    expect(targets).toContain('/en/controls/a-9-2/');
  });

  it('give every ISO/IEC 42001 control page a counterparts section per framework', () => {
    for (const lang of ['en', 'he']) {
      const document = loadPage(`/${lang}/controls/a-6-2-8/`);
      expect(document.querySelector('#counterparts'), lang).not.toBeNull();
      for (const framework of ['iso27001', 'eu-ai-act', 'nist-ai-rmf']) {
        expect(
          document.querySelector(`#counterparts-${framework}`),
          `${lang} ${framework}`,
        ).not.toBeNull();
      }
    }
  });

  it('show the EU AI Act dates as adopted and as amended, each with its source', () => {
    for (const lang of ['en', 'he']) {
      const document = loadPage(`/${lang}/eu-ai-act/`);
      const adopted = document.querySelector('[aria-labelledby="dates-adopted"]')!;
      const amended = document.querySelector('[aria-labelledby="dates-amended"]')!;
      expect(adopted.querySelector('time[datetime="2026-08-02"]'), lang).not.toBeNull();
      expect(amended.querySelector('time[datetime="2027-12-02"]'), lang).not.toBeNull();
      expect(amended.textContent, lang).toContain('2026/1744');
      expect(adopted.textContent, lang).toContain('2024/1689');
    }
  });
});

describe('coverage pages', () => {
  it('exist for all twelve ordered pairs in both languages', () => {
    const frameworks = ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf'];
    for (const lang of ['en', 'he']) {
      for (const having of frameworks) {
        for (const covered of frameworks.filter((framework) => framework !== having)) {
          expect(
            pages.has(`/${lang}/coverage/${having}/${covered}/`),
            `${lang} ${having} ${covered}`,
          ).toBe(true);
        }
      }
    }
  });

  it('rate ISO/IEC 42001 items by what ISO/IEC 27001 links give', () => {
    const links = (
      readJson('catalog/mappings/iso27001-to-iso42001.json') as {
        links: { target: string; type: string }[];
      }
    ).links;
    const rows = [
      ...loadPage('/en/coverage/iso27001/iso42001/').querySelectorAll(
        '.aa-coverage-table tbody tr',
      ),
    ];
    expect(rows).toHaveLength(81);
    for (const row of rows) {
      const id = row.querySelector('td span[dir="ltr"]')!.textContent!;
      const types = links.filter((link) => link.target === id).map((link) => link.type);
      const expected = types.some((type) => type === 'equal' || type === 'superset')
        ? 'Fully'
        : types.length > 0
          ? 'Partly'
          : 'Not covered';
      expect(row.querySelector('.aa-level')!.textContent, id).toBe(expected);
    }
  });
});

const oscalUuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const oscalItem = z
  .object({ type: z.enum(['control', 'statement']), 'id-ref': z.string().regex(/^\S(.*\S)?$/) })
  .strict();
/** The required structure of an OSCAL 1.2 mapping collection (mapping-collection, mapping, map). */
const oscalMappingCollection = z
  .object({
    'mapping-collection': z
      .object({
        uuid: oscalUuid,
        metadata: z
          .object({
            title: z.string().min(1),
            'last-modified': z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
            version: z.string().regex(/^\S(.*\S)?$/),
            'oscal-version': z.literal('1.2.0'),
            remarks: z.string().optional(),
          })
          .strict(),
        mappings: z
          .array(
            z
              .object({
                uuid: oscalUuid,
                'source-resource': z
                  .object({
                    type: z.literal('catalog'),
                    href: z.string().url(),
                    remarks: z.string(),
                  })
                  .strict(),
                'target-resource': z
                  .object({
                    type: z.literal('catalog'),
                    href: z.string().url(),
                    remarks: z.string(),
                  })
                  .strict(),
                maps: z
                  .array(
                    z
                      .object({
                        uuid: oscalUuid,
                        relationship: z
                          .object({
                            type: z.enum([
                              'equal-to',
                              'subset-of',
                              'superset-of',
                              'intersects-with',
                            ]),
                          })
                          .strict(),
                        sources: z.array(oscalItem).min(1),
                        targets: z.array(oscalItem).min(1),
                        remarks: z.string(),
                      })
                      .strict(),
                  )
                  .min(1),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
  })
  .strict();

describe('downloads', () => {
  it('publish the OSCAL mapping collection in the OSCAL structure', () => {
    const oscal = JSON.parse(readDist('/downloads/aims-atlas-mappings.oscal.json'));
    const result = oscalMappingCollection.safeParse(oscal);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('give every OSCAL map its own UUID', () => {
    const oscal = JSON.parse(readDist('/downloads/aims-atlas-mappings.oscal.json'));
    const uuids = oscal['mapping-collection'].mappings.flatMap(
      (mapping: { maps: { uuid: string }[] }) => mapping.maps.map((map) => map.uuid),
    );
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it('publish every link as JSON and as CSV with the same count', () => {
    const json = JSON.parse(readDist('/downloads/links.json')) as { links: unknown[] };
    const csv = readFileSync(join(distDir, 'downloads/links.csv'), 'utf8');
    expect(
      csv.startsWith(
        '\ufeffsource_framework,source,target_framework,target,type,strength,rationale_en,rationale_he,provenance\r\n',
      ),
    ).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(json.links.length + 1);
    expect(json.links.length).toBeGreaterThan(400);
  });

  it('publish each catalog as JSON', () => {
    for (const framework of ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf']) {
      expect(
        () => JSON.parse(readDist(`/downloads/catalog-${framework}.json`)),
        framework,
      ).not.toThrow();
    }
  });
});
