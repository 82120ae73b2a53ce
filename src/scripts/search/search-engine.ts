import { hebrewQueryVariants, matchesQuery } from '../../lib/hebrew-search';
import { idCandidates } from './search-query';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; keywords?: string };
  sub_results?: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, unknown> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchHit {
  data: PagefindResultData;
  /** True when the hit is an item whose id the query names exactly. */
  exactId: boolean;
  /** True when the hit is a page in the other language, offered because the reader's language had none. */
  otherLanguage: boolean;
}

const maxHits = 20;
const indexUrl = '/pagefind/';

let primary: Promise<Pagefind> | undefined;
let withOtherLanguage: Promise<Pagefind> | undefined;

/** Loads Pagefind for the page's language (from <html lang>), once. */
function loadPrimary(): Promise<Pagefind> {
  primary ??= import(/* @vite-ignore */ `${indexUrl}pagefind.js`) as Promise<Pagefind>;
  return primary;
}

/**
 * Loads a second Pagefind instance (a separate module URL) with the other language's index merged
 * in, used only when the reader's language has no hit.
 */
function loadOtherLanguage(otherLang: string): Promise<Pagefind> {
  withOtherLanguage ??= (
    import(/* @vite-ignore */ `${indexUrl}pagefind.js?other`) as Promise<Pagefind>
  ).then(async (pagefind) => {
    // Pagefind skips merging a path that its primary index starts with, so the absolute URL of
    // the same folder is given; the merged results then carry absolute URLs.
    await pagefind.mergeIndex(new URL(indexUrl, location.href).href, { language: otherLang });
    return pagefind;
  });
  return withOtherLanguage;
}

async function runQueries(
  pagefind: Pagefind,
  query: string,
): Promise<{ exact: PagefindResult[]; general: PagefindResult[] }> {
  const ids = idCandidates(query);
  const [exact, ...variants] = await Promise.all([
    ids.length > 0
      ? pagefind.search(null, { filters: { id: { any: ids } } })
      : Promise.resolve({ results: [] }),
    ...hebrewQueryVariants(query).map((variant) => pagefind.search(variant)),
  ]);
  const best = new Map<string, PagefindResult>();
  for (const result of variants.flatMap((search) => search?.results ?? [])) {
    const known = best.get(result.id);
    if (!known || result.score > known.score) best.set(result.id, result);
  }
  return {
    exact: exact?.results ?? [],
    general: [...best.values()].sort((a, b) => b.score - a.score),
  };
}

/** Turns Pagefind results into hits: exact ids first, then genuine matches, false prefix hits dropped. */
async function collectHits(
  results: { exact: PagefindResult[]; general: PagefindResult[] },
  query: string,
  keep: (data: PagefindResultData) => boolean,
  otherLanguage: boolean,
): Promise<SearchHit[]> {
  const exactIds = new Set(results.exact.map((result) => result.id));
  const ordered = [
    ...results.exact,
    ...results.general.filter((result) => !exactIds.has(result.id)),
  ];
  const hits: SearchHit[] = [];
  for (const result of ordered) {
    if (hits.length >= maxHits) break;
    const data = await result.data();
    data.url = toLocalPath(data.url);
    for (const sub of data.sub_results ?? []) sub.url = toLocalPath(sub.url);
    if (!keep(data)) continue;
    const exactId = exactIds.has(result.id);
    const text = `${data.meta.title ?? ''} ${data.excerpt.replace(/<[^>]+>/g, '')} ${data.meta.keywords ?? ''}`;
    if (!exactId && !matchesQuery(query, text)) continue;
    hits.push({ data, exactId, otherLanguage });
  }
  // Among exact id matches, ISO/IEC 42001 (the subject of the site) comes before other frameworks.
  const isHub = (hit: SearchHit) => /^\/(en|he)\/(controls|clauses)\//.test(hit.data.url);
  return hits.sort(
    (a, b) =>
      Number(b.exactId) - Number(a.exactId) ||
      (a.exactId && b.exactId ? Number(isHub(b)) - Number(isHub(a)) : 0),
  );
}

/** Turns an absolute URL on this site into a root-relative path, leaving relative URLs as they are. */
function toLocalPath(url: string): string {
  const parsed = new URL(url, location.href);
  return parsed.origin === location.origin ? `${parsed.pathname}${parsed.hash}` : url;
}

/**
 * Searches the site: the reader's language first, with Hebrew prefix and final-letter variants and
 * exact ids on top; when that finds nothing, the other language's pages, marked as such.
 */
export async function searchSite(
  query: string,
  lang: string,
  otherLang: string,
): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const inLanguage = (data: PagefindResultData) => data.url.startsWith(`/${lang}/`);
  const hits = await collectHits(
    await runQueries(await loadPrimary(), trimmed),
    trimmed,
    inLanguage,
    false,
  );
  if (hits.length > 0) return hits;
  const other = await loadOtherLanguage(otherLang);
  const inOther = (data: PagefindResultData) => data.url.startsWith(`/${otherLang}/`);
  return collectHits(await runQueries(other, trimmed), trimmed, inOther, true);
}
