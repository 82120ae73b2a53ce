import { z } from 'zod';
import { controlIdSchema } from '../catalog/schema';

const descriptionSchema = z
  .string()
  .trim()
  .min(20, 'write one sentence of at least 20 characters')
  .max(160, 'keep the description to at most 160 characters');

const relatedSchema = z
  .array(controlIdSchema)
  .min(2, 'list 2 to 5 related Annex A controls')
  .max(5, 'list 2 to 5 related Annex A controls');

export const controlFrontmatterSchema = z
  .object({ control: controlIdSchema, description: descriptionSchema, related: relatedSchema })
  .strict();

export const clauseFrontmatterSchema = z
  .object({
    clause: z.string().regex(/^(?:[4-9]|10)$/, 'the clause is a quoted number from "4" to "10"'),
    description: descriptionSchema,
    related: relatedSchema,
  })
  .strict();

export const guideFrontmatterSchema = z
  .object({
    title: z.string().trim().min(3).max(90),
    description: descriptionSchema,
    order: z.number().int().min(1),
  })
  .strict();

export const faqFrontmatterSchema = z
  .object({ question: z.string().trim().min(5).max(160), order: z.number().int().min(1) })
  .strict();

export const frontmatterSchemas = {
  controls: controlFrontmatterSchema,
  clauses: clauseFrontmatterSchema,
  guides: guideFrontmatterSchema,
  faq: faqFrontmatterSchema,
} as const;

export type CollectionName = keyof typeof frontmatterSchemas;
export const collectionNames = Object.keys(frontmatterSchemas) as CollectionName[];
