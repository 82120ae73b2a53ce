import { fullCatalog } from '../catalog';
import type { FrameworkId } from '../catalog/graph';
import { translate } from '../i18n';
import type { Lang } from './languages';

/** Names a filter group of a framework for readers: "A.6 AI system life cycle", "Chapter III …". */
export function groupLabel(framework: FrameworkId, group: string, lang: Lang): string {
  if (group === 'clauses') return translate(lang, 'coverage.groupClauses');
  if (group === 'annexes') return translate(lang, 'euAiAct.annexesTitle');
  if (framework === 'iso42001') {
    return `${group} ${fullCatalog.iso42001.groups.find((candidate) => candidate.id === group)?.title[lang] ?? ''}`;
  }
  if (framework === 'iso27001') {
    return `${group} ${fullCatalog.iso27001.themes.find((theme) => `A.${theme.id}` === group)?.title[lang] ?? ''}`;
  }
  if (framework === 'eu-ai-act') {
    const chapterId = group.replace('Chapter ', '');
    const chapter = fullCatalog.euAiAct.chapters.find((candidate) => candidate.id === chapterId);
    return `${translate(lang, 'euAiAct.chapter', { id: chapterId })} ${chapter?.title[lang] ?? ''}`;
  }
  return group;
}
