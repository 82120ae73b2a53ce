import type { ScheduledGap } from '../../lib/assessment/effort';
import type { FrameworkTag, MaturityLevel } from '../../lib/assessment/model';
import type { AssessmentText } from '../../lib/assessment/strings';
import { fill, formatDate, formatNumber, formatPercent, ltrSpan } from './text';

const levelKeys: Record<MaturityLevel, keyof AssessmentText> = {
  'not-started': 'levelNotStarted',
  planned: 'levelPlanned',
  partial: 'levelPartial',
  'in-place': 'levelInPlace',
  evidenced: 'levelEvidenced',
};

const bandKeys = { high: 'bandHigh', medium: 'bandMedium', low: 'bandLow' } as const;

function levelLabel(text: AssessmentText, level: MaturityLevel): string {
  return text[levelKeys[level]];
}

/** Lists framework items as links, each id its own left-to-right island, or "none". */
function renderTags(target: HTMLElement, tags: FrameworkTag[], text: AssessmentText): void {
  target.replaceChildren();
  if (tags.length === 0) {
    target.textContent = text.tagsNone;
    return;
  }
  const list = document.createElement('ul');
  list.className = 'aa-gap__tag-list';
  for (const tag of tags) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = tag.href;
    link.append(ltrSpan(tag.id));
    item.append(link);
    if (tag.credit) item.append(` (${tag.credit === 'full' ? text.tagFull : text.tagPartial})`);
    list.append(item);
  }
  target.append(list);
}

function renderDeadline(
  target: HTMLElement,
  entry: ScheduledGap,
  text: AssessmentText,
  lang: string,
): void {
  const { deadline } = entry.gap;
  if (!deadline) {
    target.textContent = text.deadlineNone;
    return;
  }
  const amended = deadline.obligations.some((obligation) => obligation.timeline === 'amended');
  const template = amended ? text.deadlineAmended : text.deadlineAdopted;
  const summaries = deadline.obligations.map((obligation) => obligation.summary).join('; ');
  target.textContent = `${fill(template, { date: formatDate(lang, deadline.date) })}: ${summaries}`;
}

function renderEffort(
  target: HTMLElement,
  entry: ScheduledGap,
  text: AssessmentText,
  lang: string,
): void {
  const { effort, gap } = entry;
  const parts = [
    fill(text.effortValue, {
      min: formatNumber(lang, effort.minDays),
      max: formatNumber(lang, effort.maxDays),
    }),
  ];
  if (effort.creditFactor < 1 && gap.item.iso27001Credit) {
    const template = gap.item.iso27001Credit === 'full' ? text.creditFull : text.creditPartial;
    parts.push(
      fill(template, {
        percent: formatPercent(lang, Math.round((1 - effort.creditFactor) * 1000) / 10),
      }),
    );
  }
  target.textContent = parts.join('; ');
}

/**
 * Fills one gap card from the page's template: the item and its guide, the answer that caused the
 * gap (with a button back to the question), priority, deadline, effort, planned finish and tags.
 */
export function renderGapCard(
  template: HTMLTemplateElement,
  entry: ScheduledGap,
  text: AssessmentText,
  lang: string,
): HTMLLIElement {
  const { gap } = entry;
  const card = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  card.dataset.item = gap.item.id;
  const find = <T extends HTMLElement>(selector: string) => card.querySelector<T>(selector)!;

  const link = find<HTMLAnchorElement>('.aa-gap__link');
  link.href = gap.item.href;
  link.replaceChildren(ltrSpan(gap.item.id), ' ', gap.item.title);
  find<HTMLAnchorElement>('.aa-gap__guide').href = gap.item.href;

  const band = find('.aa-gap__band');
  band.textContent = text[bandKeys[gap.band]];
  band.classList.add(`aa-gap__band--${gap.band}`);
  find('.aa-gap__score').textContent = fill(text.priorityDetail, {
    priority: gap.priority,
    size: gap.size,
    weight: gap.weight,
    points: gap.deadlinePoints,
  });

  find('.aa-gap__level').textContent = levelLabel(text, gap.level);
  const note = find('.aa-gap__note');
  note.textContent = gap.note;
  note.hidden = gap.note === '';
  find('.aa-gap__change').dataset.question = gap.item.id;

  renderDeadline(find('.aa-gap__deadline'), entry, text, lang);
  renderEffort(find('.aa-gap__effort'), entry, text, lang);
  const target = find('.aa-gap__target');
  target.textContent = fill(text.targetValue, {
    month: formatNumber(lang, entry.finishMonth),
    date: formatDate(lang, entry.finishDate),
  });
  if (entry.late) {
    const late = document.createElement('strong');
    late.className = 'aa-gap__late';
    late.textContent = text.targetLate;
    target.append(' · ', late);
  }

  renderTags(find('[data-framework="iso27001"]'), gap.item.tags.iso27001, text);
  renderTags(find('[data-framework="euAiAct"]'), gap.item.tags.euAiAct, text);
  renderTags(find('[data-framework="nistAiRmf"]'), gap.item.tags.nistAiRmf, text);
  return card;
}
