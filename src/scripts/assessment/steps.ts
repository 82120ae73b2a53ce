import type { Progress } from '../../lib/assessment/progress';
import type { AssessmentPlurals, AssessmentText } from '../../lib/assessment/strings';
import { fill, formatNumber, plural } from './text';

/** Returns the step ids in questionnaire order, results last, as the step navigation lists them. */
export function listSteps(root: HTMLElement): string[] {
  return [...root.querySelectorAll<HTMLAnchorElement>('.aa-assessment__steps a[data-step]')].map(
    (link) => link.dataset.step!,
  );
}

/** Shows one step, the results being the last one, and marks it current in the step navigation. */
export function showStep(root: HTMLElement, stepId: string): void {
  for (const section of root.querySelectorAll<HTMLElement>(
    '.aa-assessment__step, .aa-assessment__results',
  )) {
    section.hidden = section.dataset.step !== stepId;
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>(
    '.aa-assessment__steps a[data-step]',
  )) {
    if (link.dataset.step === stepId) link.setAttribute('aria-current', 'step');
    else link.removeAttribute('aria-current');
  }
}

/** Moves keyboard focus to a step's heading and scrolls the step into view. */
export function focusStep(root: HTMLElement, stepId: string): void {
  const section = [...root.querySelectorAll<HTMLElement>('[data-step]')].find(
    (element) => element.dataset.step === stepId && !(element instanceof HTMLAnchorElement),
  );
  const heading = section?.querySelector<HTMLElement>('h2');
  heading?.focus({ preventScroll: true });
  section?.scrollIntoView({ block: 'start' });
}

/** Updates the progress bar, the announced status line, the per-step counts and the jump buttons. */
export function showProgress(
  root: HTMLElement,
  progress: Progress,
  text: AssessmentText,
  plurals: AssessmentPlurals,
  lang: string,
): void {
  const meter = root.querySelector<HTMLProgressElement>('.aa-assessment__meter')!;
  meter.max = Math.max(1, progress.total);
  meter.value = progress.answered;

  const parts = [
    fill(text.progressStatus, {
      answered: formatNumber(lang, progress.answered),
      total: formatNumber(lang, progress.total),
    }),
  ];
  if (progress.skipped > 0) parts.push(plural(plurals.progressSkipped, lang, progress.skipped));
  const status = root.querySelector<HTMLElement>('.aa-assessment__status')!;
  const line = parts.join(' · ');
  // Only a changed line is written, so an unchanged count is not announced again.
  if (status.textContent !== line) status.textContent = line;

  const byId = new Map(progress.steps.map((step) => [step.id, step]));
  for (const link of root.querySelectorAll<HTMLAnchorElement>(
    '.aa-assessment__steps a[data-step]',
  )) {
    const step = byId.get(link.dataset.step!);
    const count = link.querySelector<HTMLElement>('.aa-assessment__step-count');
    if (!step || !count) continue;
    count.textContent = fill(text.stepCount, {
      answered: formatNumber(lang, step.answered),
      total: formatNumber(lang, step.total),
    });
    link.classList.toggle('is-complete', step.total > 0 && step.answered === step.total);
  }

  root.querySelector<HTMLButtonElement>('[data-action="next-open"]')!.hidden = !progress.nextOpen;
  root.querySelector<HTMLButtonElement>('[data-action="next-skipped"]')!.hidden =
    !progress.nextSkipped;
}
