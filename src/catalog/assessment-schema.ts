import { z } from 'zod';
import { bilingualTextSchema, clauseIdSchema, controlIdSchema } from './schema';

/** Roles an organization can play under the EU AI Act (Article 3), as the profile offers them. */
export const euRoles = ['provider', 'deployer', 'importer', 'distributor'] as const;
export type EuRole = (typeof euRoles)[number];

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase kebab-case, like "not-sure"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');
const prompt = bilingualTextSchema(300);
const help = bilingualTextSchema(400);
const optionLabel = bilingualTextSchema(200);

/** Fields every profile question has; `askWhen` names a branch that must hold for it to be asked. */
const profileBase = { prompt, help, askWhen: kebabId.optional() };

const effortFactor = z.number().positive().max(5, 'an effort factor above 5 is not credible');

const sizeOption = z
  .object({
    id: kebabId,
    label: optionLabel,
    effortFactor,
    capacityDaysPerMonth: z.number().int().min(1).max(1000),
  })
  .strict();

/**
 * One profile question per fact the results use. Each question's options carry the numbers or
 * flags the scoring reads, so the schema differs per question id.
 */
export const profileQuestionSchema = z.discriminatedUnion('id', [
  z
    .object({ id: z.literal('org-size'), kind: z.literal('single'), ...profileBase, options: z.array(sizeOption).min(2) })
    .strict(),
  z
    .object({
      id: z.literal('ai-systems'),
      kind: z.literal('single'),
      ...profileBase,
      options: z.array(z.object({ id: kebabId, label: optionLabel, effortFactor }).strict()).min(2),
    })
    .strict(),
  z
    .object({
      id: z.literal('sector'),
      kind: z.literal('single'),
      ...profileBase,
      options: z
        .array(z.object({ id: kebabId, label: optionLabel, publicService: z.boolean() }).strict())
        .min(2),
    })
    .strict(),
  z
    .object({
      id: z.literal('eu-market'),
      kind: z.literal('single'),
      ...profileBase,
      options: z
        .array(z.object({ id: kebabId, label: optionLabel, euExposure: z.boolean() }).strict())
        .min(2),
    })
    .strict(),
  z
    .object({
      id: z.literal('eu-role'),
      kind: z.literal('multiple'),
      ...profileBase,
      options: z.array(z.object({ id: z.enum(euRoles), label: optionLabel }).strict()).min(1),
    })
    .strict(),
  z
    .object({
      id: z.literal('development'),
      kind: z.literal('single'),
      ...profileBase,
      options: z.array(z.object({ id: kebabId, label: optionLabel }).strict()).min(2),
    })
    .strict(),
  z
    .object({
      id: z.literal('iso27001'),
      kind: z.literal('single'),
      ...profileBase,
      options: z
        .array(
          z.object({ id: kebabId, label: optionLabel, creditShare: z.number().min(0).max(1) }).strict(),
        )
        .min(2),
    })
    .strict(),
  z
    .object({
      id: z.literal('affects-people'),
      kind: z.literal('single'),
      ...profileBase,
      options: z
        .array(
          z
            .object({ id: kebabId, label: optionLabel, highRisk: z.boolean(), peopleImpact: z.boolean() })
            .strict(),
        )
        .min(2),
    })
    .strict(),
]);

export const profileQuestionIds = [
  'org-size',
  'ai-systems',
  'sector',
  'eu-market',
  'eu-role',
  'development',
  'iso27001',
  'affects-people',
] as const;
export type ProfileQuestionId = (typeof profileQuestionIds)[number];

/** A condition on one profile answer; questions that name it are asked only when it holds. */
export const branchSchema = z
  .object({
    id: kebabId,
    question: z.enum(profileQuestionIds),
    options: z.array(kebabId).min(1),
    /** Shown, and written into the Statement of Applicability, when the condition does not hold. */
    reason: bilingualTextSchema(400),
  })
  .strict();

/** An EU AI Act obligation with the date it applies from, used for the deadline part of a gap's priority. */
export const euObligationSchema = z
  .object({
    id: kebabId,
    articles: z.array(z.string().regex(/^Article \d{1,3}$/, 'an article id looks like "Article 26"')).min(1),
    roles: z.array(z.enum(euRoles)).min(1),
    /** Applies only when the profile says a system makes high-stakes decisions about people. */
    highRiskOnly: z.boolean(),
    /** Applies only to public bodies, public services, credit and insurance (Article 27). */
    publicServiceOnly: z.boolean(),
    /** Which list of catalog/eu-ai-act keyDates the date comes from: as adopted or as amended. */
    timeline: z.enum(['adopted', 'amended']),
    date: isoDate,
    summary: bilingualTextSchema(200),
  })
  .strict();

const effortSchema = z
  .object({
    minDays: z.number().int().min(1, 'minDays is a whole number of person-days, at least 1'),
    maxDays: z.number().int().max(120, 'maxDays above 120 person-days is not a credible estimate'),
  })
  .strict()
  .refine((effort) => effort.maxDays > effort.minDays, {
    message: 'maxDays must be greater than minDays',
    path: ['maxDays'],
  });

/** One question per requirement area of clauses 4–10; clause requirements cannot be excluded. */
export const clauseQuestionSchema = z
  .object({ id: clauseIdSchema, prompt, help, effort: effortSchema })
  .strict();

/** One question per Annex A control; the effort estimate comes from catalog/iso42001/annex-a.json. */
export const controlQuestionSchema = z
  .object({
    id: controlIdSchema,
    prompt,
    help,
    /** Ranks the control higher when the profile says AI systems influence decisions about people. */
    peopleImpact: z.boolean(),
    askWhen: kebabId.optional(),
  })
  .strict();

export const questionSetSchema = z
  .object({
    $comment: z.string().optional(),
    version: z
      .string()
      .regex(/^\d{4}\.\d{1,2}\.\d{1,3}$/, 'the question-set version looks like "2026.12.1"'),
    profile: z.array(profileQuestionSchema),
    branches: z.array(branchSchema),
    euObligations: z.array(euObligationSchema),
    clauses: z.array(clauseQuestionSchema),
    controls: z.array(controlQuestionSchema),
  })
  .strict();

export type QuestionSet = z.infer<typeof questionSetSchema>;
export type ProfileQuestion = z.infer<typeof profileQuestionSchema>;
export type Branch = z.infer<typeof branchSchema>;
export type EuObligation = z.infer<typeof euObligationSchema>;
export type ClauseQuestion = z.infer<typeof clauseQuestionSchema>;
export type ControlQuestion = z.infer<typeof controlQuestionSchema>;
