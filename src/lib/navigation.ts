import { getCollection } from 'astro:content';
import { catalog, controlSlug, fullCatalog, getControlsOfGroup } from '../catalog';
import { useTranslations } from '../i18n';
import type { Lang } from './languages';
import { pageUrl } from './urls';

/** A link in the site contents; `id` is a Latin id shown before the label in its own isolate. */
export interface NavLink {
  href: string;
  label: string;
  id?: string;
}

export interface NavGroup {
  key: string;
  label: string;
  id?: string;
  href: string;
  links: NavLink[];
}

export async function getGuideLinks(lang: Lang): Promise<NavLink[]> {
  const guides = await getCollection('guides', (entry) => entry.id.startsWith(`${lang}/`));
  return guides
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      href: pageUrl(lang, 'guides', entry.id.split('/')[1]!),
      label: entry.data.title,
    }));
}

export function getClauseLinks(lang: Lang): NavLink[] {
  return catalog.clauses
    .filter((clause) => clause.parent === null)
    .map((clause) => ({
      href: pageUrl(lang, 'clauses', clause.id),
      label: clause.title[lang],
      id: clause.id,
    }));
}

export function getControlGroups(lang: Lang): NavGroup[] {
  return catalog.groups.map((group) => ({
    key: group.id,
    label: group.title[lang],
    id: group.id,
    href: `${pageUrl(lang, 'controls')}#${controlSlug(group.id)}`,
    links: getControlsOfGroup(group.id).map((control) => ({
      href: pageUrl(lang, 'controls', controlSlug(control.id)),
      label: control.title[lang],
      id: control.id,
    })),
  }));
}

/** Returns the sidebar sections for one language, in reading order. */
export async function getNavigation(lang: Lang): Promise<NavGroup[]> {
  const t = useTranslations(lang);
  return [
    {
      key: 'guides',
      label: t('nav.guides'),
      href: pageUrl(lang, 'guides'),
      links: await getGuideLinks(lang),
    },
    {
      key: 'clauses',
      label: t('nav.clauses'),
      href: pageUrl(lang, 'clauses'),
      links: getClauseLinks(lang),
    },
    ...getControlGroups(lang),
    { key: 'faq', label: t('nav.faq'), href: pageUrl(lang, 'faq'), links: [] },
    {
      key: 'frameworks',
      label: t('nav.frameworks'),
      href: pageUrl(lang, 'frameworks'),
      links: [
        { href: pageUrl(lang, 'iso27001'), label: t('iso27001.title') },
        { href: pageUrl(lang, 'eu-ai-act'), label: t('euAiAct.title') },
        { href: pageUrl(lang, 'nist-ai-rmf'), label: t('nistAiRmf.title') },
        { href: pageUrl(lang, 'explorer'), label: t('nav.explorer') },
        { href: pageUrl(lang, 'coverage'), label: t('nav.coverage') },
        { href: pageUrl(lang, 'downloads'), label: t('nav.downloads') },
      ],
    },
    {
      key: 'tools',
      label: t('nav.tools'),
      href: pageUrl(lang, 'assessment'),
      links: [
        { href: pageUrl(lang, 'assessment'), label: t('nav.assessment') },
        { href: pageUrl(lang, 'glossary'), label: t('nav.glossary') },
        { href: pageUrl(lang, 'topics'), label: t('nav.topics') },
      ],
    },
  ];
}

/** Returns every reading page in sidebar order, for the previous and next links. */
export async function getReadingOrder(lang: Lang): Promise<NavLink[]> {
  const t = useTranslations(lang);
  const links: NavLink[] = [];
  for (const group of await getNavigation(lang)) {
    if (group.key === 'guides') links.push({ href: group.href, label: t('nav.guides') });
    if (group.key === 'clauses') links.push({ href: group.href, label: t('nav.clauses') });
    if (group.key === 'A.2')
      links.push({ href: pageUrl(lang, 'controls'), label: t('nav.annexA') });
    if (group.key === 'faq' || group.key === 'frameworks')
      links.push({ href: group.href, label: group.label });
    // After the frameworks overview come every framework index and item page, then the tools.
    if (group.key === 'frameworks') links.push(...getFrameworkItemLinks(lang));
    else links.push(...group.links);
  }
  return links;
}

/** Returns the index and item pages of the other frameworks, in catalog order, for the pager. */
function getFrameworkItemLinks(lang: Lang): NavLink[] {
  const t = useTranslations(lang);
  const { iso27001, euAiAct, nistAiRmf } = fullCatalog;
  return [
    { href: pageUrl(lang, 'iso27001'), label: t('iso27001.title') },
    ...iso27001.clauses
      .filter((clause) => clause.parent === null)
      .map((clause) => ({
        href: pageUrl(lang, 'iso27001', 'clauses', clause.id),
        label: clause.title[lang],
        id: clause.id,
      })),
    ...iso27001.controls.map((control) => ({
      href: pageUrl(lang, 'iso27001', controlSlug(control.id)),
      label: control.title[lang],
      id: control.id,
    })),
    { href: pageUrl(lang, 'eu-ai-act'), label: t('euAiAct.title') },
    ...[...euAiAct.articles, ...euAiAct.annexes].map((item) => ({
      href: pageUrl(lang, 'eu-ai-act', controlSlug(item.id)),
      label: item.title[lang],
      id: item.id,
    })),
    { href: pageUrl(lang, 'nist-ai-rmf'), label: t('nistAiRmf.title') },
    ...nistAiRmf.subcategories.map((subcategory) => ({
      href: pageUrl(lang, 'nist-ai-rmf', controlSlug(subcategory.id)),
      label: '',
      id: subcategory.id,
    })),
  ];
}
