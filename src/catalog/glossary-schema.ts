import { z } from 'zod';

const hebrewLetter = /[\u05d0-\u05ea]/;
const maqaf = /\u05be/;
/** An ASCII quote between two Hebrew letters is an acronym written without gershayim (ת"י). */
const asciiQuoteInHebrewWord = /[\u05d0-\u05ea]["'][\u05d0-\u05ea]/;

const phraseSchema = z.string().trim().min(2).max(80);

const englishEntrySchema = z
  .object({
    term: z.string().trim().min(2).max(80),
    definition: z.string().trim().min(40).max(320),
    aliases: z.array(phraseSchema).min(1).max(12),
    exclude: z.array(phraseSchema).max(12).optional(),
  })
  .strict();

/** Adds the Hebrew writing rules to a string schema: no maqaf, which hides words from search, and gershayim in acronyms. */
const hebrewText = (schema: z.ZodString) =>
  schema
    .refine((text) => !maqaf.test(text), 'use an ASCII hyphen, not the maqaf (U+05BE)')
    .refine(
      (text) => !asciiQuoteInHebrewWord.test(text),
      'write Hebrew acronyms with gershayim (״) or geresh (׳), not ASCII quotes',
    );

const hebrewEntrySchema = z
  .object({
    term: hebrewText(z.string().trim().min(2).max(80)).refine(
      (text) => hebrewLetter.test(text),
      'the Hebrew term contains no Hebrew letters',
    ),
    definition: hebrewText(z.string().trim().min(40).max(360)).refine(
      (text) => hebrewLetter.test(text),
      'the Hebrew definition contains no Hebrew letters',
    ),
    aliases: z.array(hebrewText(phraseSchema)).min(1).max(12),
    exclude: z.array(hebrewText(phraseSchema)).max(12).optional(),
  })
  .strict();

export const glossaryTermSchema = z
  .object({
    /** Anchor on the glossary page; published URLs point at it, so it never changes. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a term id is kebab-case, like "ai-system"'),
    en: englishEntrySchema,
    he: hebrewEntrySchema,
    /** Reviewer's note on the choice of a rendering. The site does not show it. */
    note: z.string().trim().min(10).optional(),
  })
  .strict();

export const glossaryFileSchema = z
  .object({ $comment: z.string().optional(), terms: z.array(glossaryTermSchema).min(1) })
  .strict()
  .superRefine((file, context) => {
    const ids = new Set<string>();
    const owners = { en: new Map<string, string>(), he: new Map<string, string>() };
    file.terms.forEach((term, index) => {
      if (ids.has(term.id)) {
        context.addIssue({
          code: 'custom',
          path: ['terms', index, 'id'],
          message: `the id "${term.id}" is used by two terms; give each term its own id`,
        });
      }
      ids.add(term.id);
      for (const lang of ['en', 'he'] as const) {
        term[lang].aliases.forEach((alias, aliasIndex) => {
          const owner = owners[lang].get(alias);
          if (owner && owner !== term.id) {
            context.addIssue({
              code: 'custom',
              path: ['terms', index, lang, 'aliases', aliasIndex],
              message: `the alias "${alias}" also belongs to "${owner}"; an alias may name one term only`,
            });
          }
          owners[lang].set(alias, term.id);
        });
      }
    });
  });

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
