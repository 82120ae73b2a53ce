import { getCollection } from 'astro:content';
import { catalog, controlSlug, getControlsOfGroup } from '../catalog';
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
    if (group.key === 'faq') links.push({ href: group.href, label: group.label });
    links.push(...group.links);
  }
  return links;
}
