import { answerLevels, type AnswerLevel, type AssessmentModel } from '../../lib/assessment/model';
import { isAsked } from '../../lib/assessment/profile';
import type { AssessmentState } from '../../lib/assessment/state';
import type { AssessmentPlurals } from '../../lib/assessment/strings';
import { plural } from './text';

const isAnswerLevel = (value: string | undefined): value is AnswerLevel =>
  (answerLevels as readonly (string | undefined)[]).includes(value);

/** Returns the question id of an input or textarea: "profile:sector" and "profile:eu-role[]" give the id. */
function questionOf(control: HTMLInputElement | HTMLTextAreaElement): string {
  return control.name.slice(control.name.indexOf(':') + 1).replace(/\[\]$/, '');
}

/** Sets every radio button, checkbox and note in the form from the state. */
export function writeStateToForm(form: HTMLElement, state: AssessmentState): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="profile:"]')) {
    const value = state.profile[questionOf(input)];
    const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
    input.checked = values.includes(input.value);
  }
  for (const input of form.querySelectorAll<HTMLInputElement>('input[name^="level:"]')) {
    input.checked = state.answers[questionOf(input)]?.level === input.value;
  }
  for (const textarea of form.querySelectorAll<HTMLTextAreaElement>('textarea[name^="note:"]')) {
    textarea.value = state.answers[questionOf(textarea)]?.note ?? '';
  }
}

/**
 * Reads one question's fieldset into a new state. A note typed before a level is chosen stays in
 * the form and is saved with the level; an answer always needs a level.
 */
export function readQuestion(fieldset: HTMLElement, state: AssessmentState): AssessmentState {
  const id = fieldset.dataset.question!;
  const next: AssessmentState = {
    ...state,
    profile: { ...state.profile },
    answers: { ...state.answers },
  };

  if (fieldset.dataset.kind === 'profile') {
    const checked = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map(
      (input) => input.value,
    );
    const multiple = fieldset.querySelector('input[type="checkbox"]') !== null;
    if (checked.length === 0) delete next.profile[id];
    else next.profile[id] = multiple ? checked : checked[0]!;
  } else {
    const level = fieldset.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    const note = fieldset.querySelector('textarea')?.value ?? '';
    if (!isAnswerLevel(level)) delete next.answers[id];
    else next.answers[id] = note.trim() === '' ? { level } : { level, note };
  }

  const answered = next.profile[id] !== undefined || next.answers[id] !== undefined;
  if (answered) next.skipped = (state.skipped ?? []).filter((skippedId) => skippedId !== id);
  return next;
}

/**
 * Shows the questions the profile asks and hides the others, counts the hidden ones per section,
 * and marks skipped questions and "not applicable" answers that still need a justification.
 */
export function showQuestionStates(
  root: HTMLElement,
  model: AssessmentModel,
  state: AssessmentState,
  plurals: AssessmentPlurals,
  lang: string,
): void {
  const askWhen = new Map<string, string | undefined>([
    ...model.profile.map((question) => [question.id, question.askWhen] as const),
    ...model.items.map((item) => [item.id, item.askWhen] as const),
  ]);
  const skipped = new Set(state.skipped ?? []);

  for (const fieldset of root.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    const id = fieldset.dataset.question!;
    fieldset.hidden = !isAsked(model, state.profile, askWhen.get(id));
    const answer = state.answers[id];
    const answered = state.profile[id] !== undefined || answer !== undefined;
    fieldset.querySelector<HTMLElement>('.aa-question__skipped')!.hidden =
      answered || !skipped.has(id);

    const error = fieldset.querySelector<HTMLElement>('.aa-question__error');
    const note = fieldset.querySelector<HTMLTextAreaElement>('textarea');
    if (error && note) {
      const missing = answer?.level === 'not-applicable' && (answer.note ?? '').trim() === '';
      error.hidden = !missing;
      note.required = answer?.level === 'not-applicable';
      if (missing) {
        note.setAttribute('aria-invalid', 'true');
        note.setAttribute('aria-describedby', error.id);
      } else {
        note.removeAttribute('aria-invalid');
        note.removeAttribute('aria-describedby');
      }
    }
  }

  for (const section of root.querySelectorAll<HTMLElement>('.aa-assessment__step')) {
    const hiddenCount = section.querySelectorAll('fieldset[data-question][hidden]').length;
    const note = section.querySelector<HTMLElement>('.aa-assessment__hidden-count')!;
    note.hidden = hiddenCount === 0;
    note.textContent = hiddenCount === 0 ? '' : plural(plurals.hiddenCount, lang, hiddenCount);
  }
}
