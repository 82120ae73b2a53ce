import type { AssessmentModel } from './model';
import { isAsked } from './profile';
import { getItemStatus } from './scoring';
import type { AssessmentState } from './state';

/** Counts for one questionnaire step: the profile, a clause or an Annex A group. */
export interface StepProgress {
  id: string;
  /** Questions the profile asks in this step. */
  total: number;
  answered: number;
  /** Unanswered questions the reader chose to skip for now. */
  skipped: number;
}

export interface Progress {
  total: number;
  answered: number;
  skipped: number;
  steps: StepProgress[];
  /** The first question, in page order, that is neither answered nor skipped. */
  nextOpen?: string;
  /** The first skipped question, in page order. */
  nextSkipped?: string;
}

type QuestionState = 'answered' | 'skipped' | 'open';

/** Counts answered, skipped and open questions per step, over the questions the profile asks. */
export function computeProgress(model: AssessmentModel, state: AssessmentState): Progress {
  const skipped = new Set(state.skipped ?? []);
  const steps: StepProgress[] = [];
  const order: { id: string; state: QuestionState }[] = [];

  const record = (stepId: string, questions: { id: string; answered: boolean }[]) => {
    const step: StepProgress = { id: stepId, total: questions.length, answered: 0, skipped: 0 };
    for (const question of questions) {
      const questionState: QuestionState = question.answered
        ? 'answered'
        : skipped.has(question.id)
          ? 'skipped'
          : 'open';
      if (questionState === 'answered') step.answered++;
      if (questionState === 'skipped') step.skipped++;
      order.push({ id: question.id, state: questionState });
    }
    steps.push(step);
  };

  record(
    'profile',
    model.profile
      .filter((question) => isAsked(model, state.profile, question.askWhen))
      .map((question) => {
        const value = state.profile[question.id];
        return {
          id: question.id,
          answered: Array.isArray(value) ? value.length > 0 : value !== undefined,
        };
      }),
  );
  for (const area of model.areas) {
    const questions = model.items
      .filter((item) => item.area === area.id)
      .map((item) => ({ item, status: getItemStatus(model, state, item) }))
      .filter(({ status }) => status.kind !== 'hidden')
      .map(({ item, status }) => ({ id: item.id, answered: status.kind !== 'unanswered' }));
    record(area.id, questions);
  }

  const sum = (pick: (step: StepProgress) => number) =>
    steps.reduce((total, step) => total + pick(step), 0);
  return {
    total: sum((step) => step.total),
    answered: sum((step) => step.answered),
    skipped: sum((step) => step.skipped),
    steps,
    nextOpen: order.find((question) => question.state === 'open')?.id,
    nextSkipped: order.find((question) => question.state === 'skipped')?.id,
  };
}
