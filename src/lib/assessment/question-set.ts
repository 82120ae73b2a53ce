import questionsFile from '../../../catalog/assessment/questions.json';
import { catalog, fullCatalog } from '../../catalog';
import { getLinksOf, getNode, graphNodes, nodeKey, type GraphLink } from '../../catalog/graph';
import { validateQuestionSet } from '../../catalog/validate-assessment';
import { rateLink } from '../coverage';
import { mappingVersion } from '../exports';
import type { Lang } from '../languages';
import type {
  AssessmentItemModel,
  AssessmentModel,
  CoverageCredit,
  FrameworkTag,
  ProfileOptionModel,
} from './model';

export const questionSetFile = 'catalog/assessment/questions.json';

/**
 * The validated question set. Importing this module (the assessment page does) fails the build
 * with the file, the entry and what to change when questions.json is invalid.
 */
export const questionSet = validateQuestionSet(
  { file: questionSetFile, data: questionsFile },
  {
    clauseIds: catalog.clauses.map((clause) => clause.id),
    controlIds: catalog.controls.map((control) => control.id),
    articleIds: new Set(fullCatalog.euAiAct.articles.map((article) => article.id)),
    keyDates: {
      adopted: fullCatalog.euAiAct.keyDates.adopted.dates.map((entry) => entry.date),
      amended: fullCatalog.euAiAct.keyDates.amended.dates.map((entry) => entry.date),
    },
  },
);

const nodeOrder = new Map(graphNodes.map((node, index) => [node.key, index]));
const creditRank = { full: 2, partial: 1 } as const;

function hrefOf(lang: Lang, path: string): string {
  return `/${lang}/${path}`;
}

/** Returns the links of an item and, for a clause question, of every subclause inside it. */
function linksOfArea(id: string): GraphLink[] {
  const ids = [
    id,
    ...catalog.clauses
      .filter((clause) => clause.id.startsWith(`${id}.`))
      .map((clause) => clause.id),
  ];
  return ids.flatMap((itemId) => getLinksOf(nodeKey('iso42001', itemId)));
}

/** Collects the other frameworks' items linked to an assessment item, one tag per item, in catalog order. */
function buildTags(id: string, lang: Lang): AssessmentItemModel['tags'] {
  const byFramework = {
    iso27001: new Map<string, FrameworkTag>(),
    'eu-ai-act': new Map(),
    'nist-ai-rmf': new Map(),
  };
  const links = linksOfArea(id).sort((a, b) => nodeOrder.get(a.source)! - nodeOrder.get(b.source)!);
  for (const link of links) {
    const node = getNode(link.source);
    const tags: Map<string, FrameworkTag> = byFramework[link.sourceFramework];
    const tag: FrameworkTag = tags.get(node.id) ?? { id: node.id, href: hrefOf(lang, node.path) };
    if (link.sourceFramework === 'iso27001') {
      const level = rateLink(link.type, 'source-covers-target');
      if (
        (level === 'full' || level === 'partial') &&
        (!tag.credit || creditRank[level] > creditRank[tag.credit])
      ) {
        tag.credit = level;
      }
    }
    tags.set(node.id, tag);
  }
  return {
    iso27001: [...byFramework.iso27001.values()],
    euAiAct: [...byFramework['eu-ai-act'].values()],
    nistAiRmf: [...byFramework['nist-ai-rmf'].values()],
  };
}

function bestCredit(tags: FrameworkTag[]): CoverageCredit | undefined {
  if (tags.some((tag) => tag.credit === 'full')) return 'full';
  if (tags.some((tag) => tag.credit === 'partial')) return 'partial';
  return undefined;
}

function buildItem(
  base: Pick<
    AssessmentItemModel,
    'id' | 'kind' | 'area' | 'title' | 'effort' | 'peopleImpact' | 'askWhen'
  >,
  lang: Lang,
): AssessmentItemModel {
  const tags = buildTags(base.id, lang);
  const articles = new Set(tags.euAiAct.map((tag) => tag.id));
  const obligations = questionSet.euObligations
    .filter((obligation) => obligation.articles.some((article) => articles.has(article)))
    .map((obligation) => obligation.id);
  const item: AssessmentItemModel = {
    ...base,
    href: hrefOf(lang, getNode(nodeKey('iso42001', base.id)).path),
    obligations,
    tags,
  };
  const credit = bestCredit(tags.iso27001);
  if (credit) item.iso27001Credit = credit;
  if (!base.askWhen) delete item.askWhen;
  return item;
}

/** Builds the assessment model in one language, for embedding in the page. */
export function buildAssessmentModel(lang: Lang): AssessmentModel {
  const clauseItems = questionSet.clauses.map((question) =>
    buildItem(
      {
        id: question.id,
        kind: 'clause',
        area: question.id.split('.')[0]!,
        title: catalog.clauses.find((clause) => clause.id === question.id)!.title[lang],
        effort: question.effort,
        peopleImpact: false,
      },
      lang,
    ),
  );
  const controlItems = questionSet.controls.map((question) => {
    const control = catalog.controls.find((candidate) => candidate.id === question.id)!;
    return buildItem(
      {
        id: question.id,
        kind: 'control',
        area: control.group,
        title: control.title[lang],
        effort: { minDays: control.effort.minDays, maxDays: control.effort.maxDays },
        peopleImpact: question.peopleImpact,
        askWhen: question.askWhen,
      },
      lang,
    );
  });

  return {
    version: questionSet.version,
    mappingVersion,
    lang,
    profile: questionSet.profile.map((question) => ({
      id: question.id,
      kind: question.kind,
      prompt: question.prompt[lang],
      ...(question.askWhen ? { askWhen: question.askWhen } : {}),
      options: question.options.map(({ label, ...flags }): ProfileOptionModel => ({
        ...flags,
        label: label[lang],
      })),
    })),
    branches: questionSet.branches.map((branch) => ({ ...branch, reason: branch.reason[lang] })),
    obligations: questionSet.euObligations.map((obligation) => ({
      ...obligation,
      summary: obligation.summary[lang],
    })),
    areas: [
      ...catalog.clauses
        .filter((clause) => clause.parent === null)
        .map((clause) => ({ id: clause.id, kind: 'clause' as const, title: clause.title[lang] })),
      ...catalog.groups.map((group) => ({
        id: group.id,
        kind: 'group' as const,
        title: group.title[lang],
      })),
    ],
    items: [...clauseItems, ...controlItems],
  };
}
