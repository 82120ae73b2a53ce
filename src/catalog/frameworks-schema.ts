import { z } from 'zod';
import { bilingualTextSchema } from './schema';

const clauseId = z.string().regex(/^(?:[4-9]|10)(?:\.\d+){0,2}$/, 'a clause id is a number from 4 to 10, like "6.1.2"');

export const iso27001CatalogSchema = z
  .object({
    $comment: z.string().optional(),
    clauses: z.array(
      z.object({ id: clauseId, parent: clauseId.nullable(), title: bilingualTextSchema(140) }).strict(),
    ),
    themes: z.array(z.object({ id: z.enum(['5', '6', '7', '8']), title: bilingualTextSchema(80) }).strict()),
    controls: z.array(
      z
        .object({
          id: z.string().regex(/^A\.[5-8]\.\d{1,2}$/, 'an ISO/IEC 27001:2022 control id looks like "A.5.23"'),
          theme: z.enum(['5', '6', '7', '8']),
          title: bilingualTextSchema(140),
        })
        .strict(),
    ),
  })
  .strict();

const romanNumeral = z.string().regex(/^[IVXL]+$/, 'a chapter or annex number is a Roman numeral');
const articleRange = z.tuple([z.number().int().min(1), z.number().int().max(113)]);
const datedEventSchema = z
  .object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD'), event: bilingualTextSchema(400) })
  .strict();

export const euAiActCatalogSchema = z
  .object({
    $comment: z.string().optional(),
    identifiers: z.object({ celex: z.string(), eli: z.string().url(), oj: z.string() }).strict(),
    chapters: z.array(
      z
        .object({
          id: romanNumeral,
          number: z.number().int().min(1),
          title: bilingualTextSchema(160),
          articles: articleRange,
          sections: z
            .array(z.object({ number: z.number().int(), title: bilingualTextSchema(200), articles: articleRange }).strict())
            .optional(),
        })
        .strict(),
    ),
    articles: z.array(
      z
        .object({
          id: z.string().regex(/^Article \d{1,3}$/, 'an article id looks like "Article 9"'),
          number: z.number().int().min(1),
          chapter: romanNumeral,
          title: bilingualTextSchema(200),
        })
        .strict(),
    ),
    annexes: z.array(
      z
        .object({
          id: z.string().regex(/^Annex [IVXL]+$/, 'an annex id looks like "Annex III"'),
          number: z.number().int().min(1),
          title: bilingualTextSchema(220),
        })
        .strict(),
    ),
    riskCategories: z.array(
      z
        .object({
          id: z.string().regex(/^[a-z-]+$/),
          title: bilingualTextSchema(100),
          summary: bilingualTextSchema(500),
          references: z.array(z.string().regex(/^(?:Article \d{1,3}|Annex [IVXL]+)$/)).min(1),
        })
        .strict(),
    ),
    keyDates: z
      .object({
        adopted: z.object({ source: bilingualTextSchema(300), dates: z.array(datedEventSchema).min(1) }).strict(),
        amended: z
          .object({
            source: bilingualTextSchema(300),
            verification: bilingualTextSchema(500),
            dates: z.array(datedEventSchema).min(1),
          })
          .strict(),
      })
      .strict(),
  })
  .strict();

const nistFunction = z.enum(['GOVERN', 'MAP', 'MEASURE', 'MANAGE']);

export const nistAiRmfCatalogSchema = z
  .object({
    $comment: z.string().optional(),
    functions: z.array(
      z.object({ id: nistFunction, title: bilingualTextSchema(40), statement: bilingualTextSchema(300) }).strict(),
    ),
    categories: z.array(
      z
        .object({
          id: z.string().regex(/^(?:GOVERN|MAP|MEASURE|MANAGE) \d$/, 'a category id looks like "GOVERN 1"'),
          function: nistFunction,
          statement: bilingualTextSchema(400),
        })
        .strict(),
    ),
    subcategories: z.array(
      z
        .object({
          id: z.string().regex(/^(?:GOVERN|MAP|MEASURE|MANAGE) \d\.\d{1,2}$/, 'a subcategory id looks like "GOVERN 1.1"'),
          category: z.string(),
          statement: bilingualTextSchema(600),
        })
        .strict(),
    ),
  })
  .strict();

export type Iso27001Catalog = z.infer<typeof iso27001CatalogSchema>;
export type EuAiActCatalog = z.infer<typeof euAiActCatalogSchema>;
export type NistAiRmfCatalog = z.infer<typeof nistAiRmfCatalogSchema>;
