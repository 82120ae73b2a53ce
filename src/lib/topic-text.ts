import { getCollection } from 'astro:content';
import { controlSlug, fullCatalog, getClause, getControl } from '../catalog';
import { frameworkNames, type FrameworkId } from '../catalog/graph';
import { useTranslations } from '../i18n';
import type { Lang } from './languages';

/** Texts of one page's topic in one language, as the map and its list show them. */
export interface TopicText {
  /** The page's title, without its id. */
  title: string;
  /** The id shown before the title: "A.6.2.4", "GOVERN 1.1", "Article 9" ("סעיף 9" in Hebrew). */
  id?: string;
  /** Short label drawn on the map; only hub topics (sections, guides, clauses) have one. */
  label?: string;
  /** One line on what the page offers, shown when the topic has focus or the pointer. */
  summary: string;
}

/** Maximum summary length in characters. Longer NIST statements are cut at a word. */
const maxSummaryLength = 170;

function shorten(text: string, maxLength = maxSummaryLength): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** A guide's map label: its title up to the first colon ("Readiness roadmap"). */
const guideLabel = (title: string) => title.split(':')[0]!.trim();

/** Title, map label and summary keys of each section index and tool page. */
const sectionKeys: Record<string, { title: string; label: string; summary: string }> = {
  '': { title: 'nav.home', label: 'nav.home', summary: 'homePage.description' },
  'guides/': {
    title: 'guidesIndex.title',
    label: 'nav.guides',
    summary: 'guidesIndex.description',
  },
  'clauses/': {
    title: 'clausesIndex.title',
    label: 'nav.clauses',
    summary: 'clausesIndex.description',
  },
  'controls/': {
    title: 'controlsIndex.title',
    label: 'nav.annexA',
    summary: 'controlsIndex.description',
  },
  'faq/': { title: 'faq.title', label: 'nav.faq', summary: 'faq.description' },
  'frameworks/': {
    title: 'frameworks.title',
    label: 'nav.frameworks',
    summary: 'frameworks.description',
  },
  'iso27001/': {
    title: 'iso27001.title',
    label: 'iso27001.title',
    summary: 'iso27001.description',
  },
  'eu-ai-act/': { title: 'euAiAct.title', label: 'euAiAct.title', summary: 'euAiAct.description' },
  'nist-ai-rmf/': {
    title: 'nistAiRmf.title',
    label: 'nistAiRmf.title',
    summary: 'nistAiRmf.description',
  },
  'explorer/': { title: 'explorer.title', label: 'nav.explorer', summary: 'explorer.description' },
  'coverage/': { title: 'coverage.title', label: 'nav.coverage', summary: 'coverage.description' },
  'downloads/': {
    title: 'downloads.title',
    label: 'nav.downloads',
    summary: 'downloads.description',
  },
  'search/': { title: 'searchPage.title', label: 'nav.search', summary: 'searchPage.description' },
  'sitemap/': { title: 'sitemap.title', label: 'sitemap.title', summary: 'sitemap.description' },
  'glossary/': {
    title: 'glossary.title',
    label: 'glossary.title',
    summary: 'glossary.description',
  },
  'topics/': { title: 'topicMap.title', label: 'topicMap.title', summary: 'topicMap.description' },
  'assessment/': {
    title: 'assessment.title',
    label: 'assessment.title',
    summary: 'assessment.description',
  },
};

type Translate = ReturnType<typeof useTranslations>;

const controlsBySlug = new Map(
  fullCatalog.iso42001.controls.map((control) => [controlSlug(control.id), getControl(control.id)]),
);

/** Describes a page of ISO/IEC 27001, the EU AI Act or the NIST AI RMF, or a coverage pair. */
function describeFrameworkPage(path: string, lang: Lang, t: Translate): TopicText | undefined {
  const { iso27001, euAiAct, nistAiRmf } = fullCatalog;
  const [section, first, second] = path.split('/');
  if (section === 'iso27001' && first === 'clauses') {
    const clause = iso27001.clauses.find((item) => item.id === second);
    const summary = t('topicMap.iso27001ClauseSummary', { id: second });
    return clause && { title: clause.title[lang], id: clause.id, summary };
  }
  if (section === 'iso27001') {
    const control = iso27001.controls.find((item) => controlSlug(item.id) === first);
    const theme = iso27001.themes.find((item) => item.id === control?.theme);
    if (!control || !theme) return undefined;
    const summary = t('topicMap.iso27001ControlSummary', { theme: theme.title[lang] });
    return { title: control.title[lang], id: control.id, summary };
  }
  if (section === 'eu-ai-act') {
    const euLabel = (id: string) =>
      lang === 'he' ? id.replace('Article ', 'סעיף ').replace('Annex ', 'נספח ') : id;
    const article = euAiAct.articles.find((item) => controlSlug(item.id) === first);
    const chapter = euAiAct.chapters.find((item) => item.id === article?.chapter);
    if (article && chapter) {
      const summary = t('topicMap.euArticleSummary', {
        chapter: t('euAiAct.chapter', { id: chapter.id }),
        title: chapter.title[lang],
      });
      return { title: article.title[lang], id: euLabel(article.id), summary };
    }
    const annex = euAiAct.annexes.find((item) => controlSlug(item.id) === first);
    const summary = t('topicMap.euAnnexSummary');
    return annex && { title: annex.title[lang], id: euLabel(annex.id), summary };
  }
  if (section === 'nist-ai-rmf') {
    const subcategory = nistAiRmf.subcategories.find((item) => controlSlug(item.id) === first);
    const functionId = subcategory?.id.split(' ')[0];
    const nistFunction = nistAiRmf.functions.find((item) => item.id === functionId);
    if (!subcategory || !nistFunction) return undefined;
    const title = t('topicMap.nistSubcategoryTitle', { function: nistFunction.title[lang] });
    return { title, id: subcategory.id, summary: shorten(subcategory.statement[lang]) };
  }
  if (section === 'coverage' && first && second) {
    const names = {
      having: frameworkNames[first as FrameworkId],
      covered: frameworkNames[second as FrameworkId],
    };
    return { title: t('coverage.pairTitle', names), summary: t('coverage.pairDescription', names) };
  }
  return undefined;
}

/**
 * Describes every page path in one language. Throws for a path it does not know, naming it, so
 * that a new page cannot join the site without a topic on the map.
 */
export async function describeTopics(paths: string[], lang: Lang): Promise<Map<string, TopicText>> {
  const t = useTranslations(lang);
  const entries = new Map<string, { title?: string; description: string }>();
  for (const name of ['guides', 'clauses', 'controls'] as const) {
    for (const entry of await getCollection(name, (item) => item.id.startsWith(`${lang}/`))) {
      entries.set(`${name}/${entry.id.split('/')[1]}/`, entry.data as { description: string });
    }
  }

  const describe = (path: string): TopicText | undefined => {
    const keys = sectionKeys[path];
    if (keys) return { title: t(keys.title), label: t(keys.label), summary: t(keys.summary) };
    const [section, slug] = path.split('/');
    const entry = entries.get(path);
    if (!entry) return describeFrameworkPage(path, lang, t);
    if (section === 'guides') {
      const title = entry.title!;
      return { title, label: guideLabel(title), summary: entry.description };
    }
    if (section === 'clauses') {
      const title = getClause(slug!).title[lang];
      return { title, id: slug, label: `${slug} ${title}`, summary: entry.description };
    }
    const control = controlsBySlug.get(slug!);
    return control && { title: control.title[lang], id: control.id, summary: entry.description };
  };

  return new Map(
    paths.map((path) => {
      const text = describe(path);
      if (!text) {
        throw new Error(
          `The page "${path}" has no topic on the topic map. Describe it in describeTopics() in src/lib/topic-text.ts.`,
        );
      }
      return [path, text];
    }),
  );
}
