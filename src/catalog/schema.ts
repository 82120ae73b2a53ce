import { z } from 'zod';

const hebrewLetter = /[\u05d0-\u05ea]/;

/** Text in both site languages; the Hebrew side must contain Hebrew letters. */
export const bilingualTextSchema = (maxLength: number) =>
  z.object({
    en: z.string().trim().min(1, 'English text is missing').max(maxLength),
    he: z
      .string()
      .trim()
      .min(1, 'Hebrew text is missing')
      .max(maxLength)
      .refine((text) => text === '' || hebrewLetter.test(text), 'Hebrew text contains no Hebrew letters'),
  });

export const clauseIdSchema = z
  .string()
  .regex(/^(?:[4-9]|10)(?:\.\d+){0,2}$/, 'a clause id is a number from 4 to 10, like "6.1.2"');

export const controlIdSchema = z
  .string()
  .regex(/^A\.(?:[2-9]|10)\.\d+(?:\.\d+)?$/, 'an Annex A control id looks like "A.6.2.4"');

export const groupIdSchema = z
  .string()
  .regex(/^A\.(?:[2-9]|10)$/, 'an Annex A group id looks like "A.6"');

export const roleIdSchema = z.string().regex(/^[a-z]+(?:-[a-z]+)*$/);

export const roleSchema = z.object({ id: roleIdSchema, title: bilingualTextSchema(60) }).strict();

export const rolesFileSchema = z
  .object({ $comment: z.string().optional(), roles: z.array(roleSchema).min(1) })
  .strict();

export const clauseSchema = z
  .object({
    id: clauseIdSchema,
    parent: clauseIdSchema.nullable(),
    title: bilingualTextSchema(120),
    summary: bilingualTextSchema(320),
  })
  .strict();

export const clausesFileSchema = z
  .object({ $comment: z.string().optional(), clauses: z.array(clauseSchema) })
  .strict();

export const groupSchema = z
  .object({ id: groupIdSchema, title: bilingualTextSchema(120), objective: bilingualTextSchema(300) })
  .strict();

export const subgroupSchema = z
  .object({
    id: z.string().regex(/^A\.6\.[12]$/, 'the only Annex A subgroups are A.6.1 and A.6.2'),
    group: groupIdSchema,
    title: bilingualTextSchema(120),
  })
  .strict();

export const effortSchema = z
  .object({
    minDays: z.number().int().min(1, 'minDays is a whole number of person-days, at least 1'),
    maxDays: z.number().int().max(120, 'maxDays above 120 person-days is not a credible estimate'),
    basis: bilingualTextSchema(200),
  })
  .strict()
  .refine((effort) => effort.maxDays > effort.minDays, {
    message: 'maxDays must be greater than minDays',
    path: ['maxDays'],
  });

export const evidenceSchema = z
  .object({
    en: z.array(z.string().trim().min(3)).min(2).max(8),
    he: z.array(z.string().trim().regex(hebrewLetter, 'Hebrew evidence item has no Hebrew letters')).min(2).max(8),
  })
  .strict()
  .refine((evidence) => evidence.en.length === evidence.he.length, {
    message: 'the English and Hebrew evidence lists must have the same length',
    path: ['he'],
  });

export const controlSchema = z
  .object({
    id: controlIdSchema,
    group: groupIdSchema,
    subgroup: z.string().optional(),
    title: bilingualTextSchema(120),
    objective: bilingualTextSchema(320),
    effort: effortSchema,
    owners: z.array(roleIdSchema).min(1).max(4),
    evidence: evidenceSchema,
  })
  .strict();

export const annexAFileSchema = z
  .object({
    $comment: z.string().optional(),
    groups: z.array(groupSchema),
    subgroups: z.array(subgroupSchema),
    controls: z.array(controlSchema),
  })
  .strict();

export type BilingualText = z.infer<ReturnType<typeof bilingualTextSchema>>;
export type RoleData = z.infer<typeof roleSchema>;
export type ClauseData = z.infer<typeof clauseSchema>;
export type GroupData = z.infer<typeof groupSchema>;
export type SubgroupData = z.infer<typeof subgroupSchema>;
export type ControlData = z.infer<typeof controlSchema>;
