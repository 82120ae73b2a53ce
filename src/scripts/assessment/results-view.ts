import { planWork, type WorkPlan } from '../../lib/assessment/effort';
import type { AssessmentModel, ObligationModel } from '../../lib/assessment/model';
import { applicableObligations, listGaps } from '../../lib/assessment/priority';
import { deriveProfileFacts, hiddenReason, isAsked } from '../../lib/assessment/profile';
import {
  computeReadiness,
  getItemStatus,
  type AreaReadiness,
  type Readiness,
} from '../../lib/assessment/scoring';
import type { AssessmentState } from '../../lib/assessment/state';
import type { AssessmentPlurals, AssessmentText } from '../../lib/assessment/strings';
import { renderGapCard } from './gap-list';
import { drawReadinessChart, type ChartRow } from './readiness-chart';
import {
  fill,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  ltrSpan,
  plural,
} from './text';

export interface ResultsContext {
  model: AssessmentModel;
  state: AssessmentState;
  text: AssessmentText;
  plurals: AssessmentPlurals;
  lang: string;
  /** The assessment date, YYYY-MM-DD, which deadlines and the plan count from. */
  today: string;
}

const minChartWidth = 280;
const maxChartWidth = 640;

const field = (section: HTMLElement, name: string) =>
  section.querySelector<HTMLElement>(`[data-field="${name}"]`)!;

function percentText(area: AreaReadiness, context: ResultsContext): string {
  return area.percent === null ? context.text.noAnswers : formatPercent(context.lang, area.percent);
}

function answeredText(area: AreaReadiness, context: ResultsContext): string {
  return fill(context.text.stepCount, {
    answered: formatNumber(context.lang, area.answered),
    total: formatNumber(context.lang, area.applicable),
  });
}

function renderReadiness(
  section: HTMLElement,
  readiness: Readiness,
  context: ResultsContext,
): void {
  const { model, lang, text } = context;
  field(section, 'overall').textContent = percentText(readiness.overall, context);
  field(section, 'answered').textContent = answeredText(readiness.overall, context);
  field(section, 'notApplicable').textContent = formatNumber(
    lang,
    readiness.notApplicable + readiness.hidden,
  );
  field(section, 'unanswered').textContent = formatNumber(lang, readiness.unanswered);

  for (const area of readiness.areas) {
    const row = section.querySelector<HTMLTableRowElement>(`tr[data-area="${area.id}"]`);
    if (!row) continue;
    row.querySelector<HTMLElement>('[data-field="percent"]')!.textContent = percentText(
      area,
      context,
    );
    row.querySelector<HTMLElement>('[data-field="answered"]')!.textContent = answeredText(
      area,
      context,
    );
  }

  const overall: ChartRow = {
    id: 'overall',
    label: text.overallLabel,
    title: text.overallLabel,
    percent: readiness.overall.percent,
  };
  const rows: ChartRow[] = readiness.areas.map((area) => {
    const areaModel = model.areas.find((candidate) => candidate.id === area.id)!;
    return {
      id: area.id,
      label: areaModel.kind === 'clause' ? fill(text.clauseHeading, { id: area.id }) : area.id,
      title: areaModel.title,
      percent: area.percent,
    };
  });
  const svg = section.querySelector<SVGSVGElement>('.aa-report__chart-svg')!;
  // The chart is drawn at the width it gets on screen, so its text keeps a readable size on a
  // phone. Hidden results have no width, and then the chart gets the largest one, 640 px.
  const width = Math.min(
    maxChartWidth,
    Math.max(minChartWidth, svg.parentElement!.clientWidth || maxChartWidth),
  );
  drawReadinessChart(svg, [overall, ...rows], {
    rtl: lang === 'he',
    width,
    // A dash stands for "no answers yet" inside the chart; the table below it has the words.
    formatValue: (row) => (row.percent === null ? '–' : formatPercent(lang, row.percent)),
  });
}

function renderPlan(section: HTMLElement, plan: WorkPlan, context: ResultsContext): void {
  const { lang, text, plurals } = context;
  const template = section.querySelector<HTMLTemplateElement>('.aa-report__gap-template')!;
  section
    .querySelector('.aa-report__gaps')!
    .replaceChildren(...plan.schedule.map((entry) => renderGapCard(template, entry, text, lang)));
  section.querySelector<HTMLElement>('.aa-report__gaps-empty')!.hidden = plan.schedule.length > 0;

  const days = (value: number) => formatNumber(lang, value);
  field(section, 'effortTotal').textContent = fill(text.effortTotal, {
    min: days(plan.totalMinDays),
    max: days(plan.totalMaxDays),
  });
  const capacity = formatNumber(lang, plan.capacityDaysPerMonth);
  field(section, 'timeline').textContent =
    plan.monthsMin === plan.monthsMax
      ? plural(plurals.timelineSingle, lang, plan.monthsMax, { capacity })
      : fill(text.timelineRange, {
          capacity,
          min: days(plan.monthsMin),
          max: days(plan.monthsMax),
        });
  const late = plan.schedule.filter((entry) => entry.late).length;
  const lateLine = field(section, 'late');
  lateLine.hidden = late === 0;
  lateLine.textContent = late === 0 ? '' : plural(plurals.lateCount, lang, late);
}

function renderDeadlines(
  section: HTMLElement,
  obligations: ObligationModel[],
  context: ResultsContext,
): void {
  const { lang, text } = context;
  const list = section.querySelector('.aa-report__deadlines')!;
  const sorted = [...obligations].sort((a, b) => a.date.localeCompare(b.date));
  const items = sorted.map((obligation) => {
    const item = document.createElement('li');
    const template =
      obligation.timeline === 'amended' ? text.deadlineAmended : text.deadlineAdopted;
    item.textContent = `${fill(template, { date: formatDate(lang, obligation.date) })}: ${obligation.summary}`;
    return item;
  });
  if (items.length === 0) {
    const none = document.createElement('li');
    none.textContent = text.deadlinesNone;
    items.push(none);
  }
  list.replaceChildren(...items);
}

function renderProfile(section: HTMLElement, context: ResultsContext): void {
  const { model, state, text } = context;
  for (const question of model.profile) {
    const value = section.querySelector<HTMLElement>(`[data-profile="${question.id}"] dd`);
    if (!value) continue;
    const answer = state.profile[question.id];
    const chosen = answer === undefined ? [] : Array.isArray(answer) ? answer : [answer];
    const labels = question.options
      .filter((option) => chosen.includes(option.id))
      .map((option) => option.label);
    if (!isAsked(model, state.profile, question.askWhen))
      value.textContent = hiddenReason(model, question.askWhen);
    else value.textContent = labels.length > 0 ? labels.join('; ') : text.levelUnanswered;
  }
}

/** Lists the questions still open, each a button back to it. */
function renderUnanswered(section: HTMLElement, context: ResultsContext): void {
  const { model, state } = context;
  const buttons: HTMLLIElement[] = [];
  const add = (questionId: string, content: (string | Node)[]) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'aa-link-button';
    button.dataset.question = questionId;
    button.append(...content);
    item.append(button);
    buttons.push(item);
  };
  for (const question of model.profile) {
    if (
      isAsked(model, state.profile, question.askWhen) &&
      state.profile[question.id] === undefined
    ) {
      add(question.id, [question.prompt]);
    }
  }
  for (const item of model.items) {
    if (getItemStatus(model, state, item).kind === 'unanswered')
      add(item.id, [ltrSpan(item.id), ' ', item.title]);
  }
  const box = section.querySelector<HTMLElement>('.aa-report__unanswered')!;
  box.hidden = buttons.length === 0;
  box.querySelector('ul')!.replaceChildren(...buttons);
}

/** Computes the results from the answers and fills the results section with them. */
export function renderResults(section: HTMLElement, context: ResultsContext): void {
  const { model, state, today } = context;
  const facts = deriveProfileFacts(model, state.profile);
  const gaps = listGaps(model, state, facts, today);
  renderReadiness(section, computeReadiness(model, state), context);
  renderPlan(section, planWork(gaps, facts, today), context);
  renderDeadlines(section, applicableObligations(model, facts), context);
  renderProfile(section, context);
  renderUnanswered(section, context);
  field(section, 'generated').textContent = formatDateTime(context.lang, new Date());
}
