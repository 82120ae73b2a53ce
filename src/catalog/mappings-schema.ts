import { z } from 'zod';
import { bilingualTextSchema } from './schema';

/**
 * Relationship types of NIST IR 8477 set-theory mapping, read as "source <type> target":
 * `subset` means everything the source asks for is inside the target. `related` is kept only for
 * links from a published crosswalk that states no type.
 */
export const relationshipTypes = ['equal', 'subset', 'superset', 'intersect', 'related'] as const;
export type RelationshipType = (typeof relationshipTypes)[number];

export const mappingSourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    kind: z.enum(['own-analysis', 'structural', 'published-crosswalk']),
    title: bilingualTextSchema(120),
    attribution: bilingualTextSchema(400),
    url: z.string().url().optional(),
  })
  .strict();

export const mappingSourcesFileSchema = z
  .object({ $comment: z.string().optional(), sources: z.array(mappingSourceSchema).min(1) })
  .strict();

export const mappingLinkSchema = z
  .object({
    source: z.string().min(1),
    target: z.string().min(1),
    type: z.enum(relationshipTypes, {
      errorMap: () => ({ message: `the type must be one of ${relationshipTypes.join(', ')}` }),
    }),
    strength: z.number().int().min(1, 'strength is a whole number from 1 to 10').max(10, 'strength is a whole number from 1 to 10'),
    rationale: bilingualTextSchema(500),
    provenance: z.string().min(1),
    note: bilingualTextSchema(300).optional(),
  })
  .strict();

export const noCounterpartSchema = z
  .object({
    control: z.string().regex(/^A\.(?:[2-9]|10)\.\d+(?:\.\d+)?$/),
    reason: bilingualTextSchema(500),
  })
  .strict();

export const mappingFileSchema = z
  .object({
    $comment: z.string().optional(),
    sourceFramework: z.enum(['iso27001', 'eu-ai-act', 'nist-ai-rmf']),
    links: z.array(mappingLinkSchema),
    noCounterpart: z.array(noCounterpartSchema),
  })
  .strict();

export type MappingSource = z.infer<typeof mappingSourceSchema>;
export type MappingLink = z.infer<typeof mappingLinkSchema>;
export type MappingFile = z.infer<typeof mappingFileSchema>;
