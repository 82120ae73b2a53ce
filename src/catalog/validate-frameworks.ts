import { parseWithSchema, SourceError } from '../lib/validation';
import {
  euAiActCatalogSchema,
  iso27001CatalogSchema,
  nistAiRmfCatalogSchema,
  type EuAiActCatalog,
  type Iso27001Catalog,
  type NistAiRmfCatalog,
} from './frameworks-schema';
import { EU_AI_ACT_ARTICLE_COUNT, ISO27001_CONTROL_COUNTS, NIST_AI_RMF_SUBCATEGORY_COUNTS } from './structure';

interface SourceFile {
  file: string;
  data: unknown;
}

function assertNoProblems(file: string, problems: string[]): void {
  if (problems.length > 0) throw new SourceError(file, problems);
}

function findDuplicates(ids: string[], kind: string): string[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (seen.has(id)) return [`${kind} ${id} appears more than once; remove the duplicate entry.`];
    seen.add(id);
    return [];
  });
}

/** Validates the ISO/IEC 27001:2022 catalog: 93 Annex A controls in themes of 37, 8, 14 and 34. */
export function validateIso27001({ file, data }: SourceFile): Iso27001Catalog {
  const catalog = parseWithSchema(iso27001CatalogSchema, data, file);
  const problems = [
    ...findDuplicates(catalog.controls.map((control) => control.id), 'control'),
    ...findDuplicates(catalog.clauses.map((clause) => clause.id), 'clause'),
  ];
  for (const [theme, count] of Object.entries(ISO27001_CONTROL_COUNTS)) {
    const expected = Array.from({ length: count }, (_, index) => `A.${theme}.${index + 1}`);
    const actual = catalog.controls.filter((control) => control.theme === theme).map((control) => control.id);
    if (actual.join() !== expected.join()) {
      problems.push(`theme ${theme} must list A.${theme}.1 to A.${theme}.${count} in order; it lists ${actual.length} controls (${actual.slice(0, 3).join(', ')}…).`);
    }
  }
  const topClauses = catalog.clauses.filter((clause) => clause.parent === null).map((clause) => clause.id);
  if (topClauses.join() !== '4,5,6,7,8,9,10') problems.push(`clauses 4 to 10 must all be present; found ${topClauses.join(', ')}.`);
  for (const clause of catalog.clauses) {
    const parent = clause.id.includes('.') ? clause.id.slice(0, clause.id.lastIndexOf('.')) : null;
    if (clause.parent !== parent) problems.push(`entry ${clause.id}: parent is ${JSON.stringify(clause.parent)}, expected ${JSON.stringify(parent)}.`);
  }
  assertNoProblems(file, problems);
  return catalog;
}

/** Validates the EU AI Act catalog: 13 chapters, Articles 1 to 113 in chapter order, 13 annexes. */
export function validateEuAiAct({ file, data }: SourceFile): EuAiActCatalog {
  const catalog = parseWithSchema(euAiActCatalogSchema, data, file);
  const problems: string[] = [];
  if (catalog.chapters.length !== 13) problems.push(`the EU AI Act has 13 chapters; this file has ${catalog.chapters.length}.`);
  if (catalog.annexes.length !== 13) problems.push(`the EU AI Act has 13 annexes; this file has ${catalog.annexes.length}.`);
  if (catalog.articles.length !== EU_AI_ACT_ARTICLE_COUNT) {
    problems.push(`the EU AI Act has ${EU_AI_ACT_ARTICLE_COUNT} articles; this file has ${catalog.articles.length}.`);
  }
  catalog.articles.forEach((article, index) => {
    if (article.number !== index + 1 || article.id !== `Article ${article.number}`) {
      problems.push(`entry ${article.id}: articles must run from 1 to ${EU_AI_ACT_ARTICLE_COUNT} in order, with id "Article <number>".`);
    }
    const chapter = catalog.chapters.find((candidate) => candidate.id === article.chapter);
    if (!chapter) problems.push(`entry ${article.id}: chapter ${article.chapter} does not exist.`);
    else if (article.number < chapter.articles[0] || article.number > chapter.articles[1]) {
      problems.push(`entry ${article.id}: chapter ${chapter.id} covers Articles ${chapter.articles[0]}–${chapter.articles[1]}.`);
    }
  });
  const ids = new Set([...catalog.articles.map((article) => article.id), ...catalog.annexes.map((annex) => annex.id)]);
  for (const category of catalog.riskCategories) {
    for (const reference of category.references) {
      if (!ids.has(reference)) problems.push(`risk category ${category.id}: ${reference} does not exist.`);
    }
  }
  assertNoProblems(file, problems);
  return catalog;
}

/** Validates the NIST AI RMF 1.0 Core: 4 functions, 19 categories, 72 subcategories. */
export function validateNistAiRmf({ file, data }: SourceFile): NistAiRmfCatalog {
  const catalog = parseWithSchema(nistAiRmfCatalogSchema, data, file);
  const problems = findDuplicates(catalog.subcategories.map((subcategory) => subcategory.id), 'subcategory');
  const expectedCategories: string[] = [];
  const expectedSubcategories: string[] = [];
  for (const [fn, counts] of Object.entries(NIST_AI_RMF_SUBCATEGORY_COUNTS)) {
    counts.forEach((count, index) => {
      expectedCategories.push(`${fn} ${index + 1}`);
      for (let sub = 1; sub <= count; sub++) expectedSubcategories.push(`${fn} ${index + 1}.${sub}`);
    });
  }
  const categories = catalog.categories.map((category) => category.id);
  const subcategories = catalog.subcategories.map((subcategory) => subcategory.id);
  if (catalog.functions.length !== 4) problems.push(`the AI RMF Core has 4 functions; this file has ${catalog.functions.length}.`);
  if (categories.join() !== expectedCategories.join()) {
    problems.push(`the AI RMF Core has 19 categories (GOVERN 1 … MANAGE 4, in order); this file has ${categories.length}.`);
  }
  if (subcategories.join() !== expectedSubcategories.join()) {
    problems.push(`the AI RMF Core has 72 subcategories in order; this file has ${subcategories.length}.`);
  }
  for (const category of catalog.categories) {
    if (!category.id.startsWith(`${category.function} `)) problems.push(`entry ${category.id}: function must be ${category.id.split(' ')[0]}.`);
  }
  for (const subcategory of catalog.subcategories) {
    if (subcategory.category !== subcategory.id.split('.')[0]) {
      problems.push(`entry ${subcategory.id}: category must be ${subcategory.id.split('.')[0]}.`);
    }
  }
  assertNoProblems(file, problems);
  return catalog;
}
