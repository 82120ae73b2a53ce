import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { ZodTypeAny } from 'zod';
import { frontmatterSchemas, type CollectionName } from './lib/frontmatter-schema';

/**
 * One collection per kind of page; each reads content/<lang>/<collection>/*.mdx, so entry ids are
 * "<lang>/<slug>". Frontmatter was already checked with the same schemas, with file and line, by
 * the aims-atlas integration before Astro loads anything.
 */
function contentCollection<Schema extends ZodTypeAny>(name: CollectionName, schema: Schema) {
  return defineCollection({
    loader: glob({
      base: './content',
      pattern: `*/${name}/*.mdx`,
      generateId: ({ entry }) => entry.replace(`/${name}/`, '/').replace(/\.mdx$/, ''),
    }),
    schema,
  });
}

export const collections = {
  controls: contentCollection('controls', frontmatterSchemas.controls),
  clauses: contentCollection('clauses', frontmatterSchemas.clauses),
  guides: contentCollection('guides', frontmatterSchemas.guides),
  faq: contentCollection('faq', frontmatterSchemas.faq),
};
