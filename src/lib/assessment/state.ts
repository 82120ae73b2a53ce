// zod's mini build is tree-shakable. Bundled with esbuild, this schema adds about 7 KB (gzip) to the
// page, against about 14 KB with the classic API that the build-time catalog schemas use.
import * as z from 'zod/v4-mini';

import { answerLevels, type AssessmentModel } from './model';

// Zod compiles validators with new Function unless jitless is set. The content security policy
// forbids eval, and even Zod's probe for it is reported as a violation.
z.config({ jitless: true });

export const stateFormat = 1;
export const stateKind = 'aims-atlas-assessment';
export const maxNoteLength = 1000;
const maxAnswers = 300;

/** Question and step ids: kebab-case words or dotted clause and control ids. Rules out "__proto__". */
const idSchema = z.string().check(z.maxLength(24), z.regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/));
const optionIdSchema = z.string().check(z.maxLength(40), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

export const answerSchema = z.strictObject({
  level: z.enum(answerLevels),
  /** Free text; required as the justification when the level is "not-applicable". */
  note: z.optional(z.string().check(z.maxLength(maxNoteLength))),
});

/**
 * Saved answers: the same shape in localStorage, in exported files and in share links. Strict, so
 * an unknown key anywhere rejects the whole document instead of being carried along.
 */
export const assessmentStateSchema = z
  .strictObject({
    format: z.literal(stateFormat),
    kind: z.literal(stateKind),
    /** Version of the question set the answers were given to. */
    questionSet: z.string().check(z.regex(/^\d{4}\.\d{1,2}\.\d{1,3}$/)),
    updatedAt: z.optional(z.string().check(z.maxLength(40))),
    profile: z.record(
      idSchema,
      z.union([optionIdSchema, z.array(optionIdSchema).check(z.maxLength(10))]),
    ),
    answers: z.record(idSchema, answerSchema),
    skipped: z.optional(z.array(idSchema).check(z.maxLength(maxAnswers))),
    /** The questionnaire step on screen when the state was saved; kept in the browser only. */
    step: z.optional(idSchema),
  })
  .check(
    z.refine(
      (state) =>
        Object.keys(state.answers).length + Object.keys(state.profile).length <= maxAnswers,
      {
        error: `at most ${maxAnswers} answers`,
      },
    ),
  );

export type AssessmentState = z.infer<typeof assessmentStateSchema>;
export type ProfileAnswers = AssessmentState['profile'];
export type Answer = z.infer<typeof answerSchema>;

export function emptyState(questionSet: string): AssessmentState {
  return {
    format: stateFormat,
    kind: stateKind,
    questionSet,
    profile: {},
    answers: {},
    skipped: [],
  };
}

/** Returns whether a state contains any answer, profile answers included. */
export function hasAnswers(state: AssessmentState): boolean {
  return Object.keys(state.profile).length > 0 || Object.keys(state.answers).length > 0;
}

export type ParseResult = { ok: true; state: AssessmentState } | { ok: false; path: string };

/** Checks a parsed JSON value against the state schema; on failure, returns the first problem's location. */
export function parseState(value: unknown): ParseResult {
  const result = assessmentStateSchema.safeParse(value);
  if (result.success) return { ok: true, state: result.data };
  const issue = result.error.issues[0];
  return { ok: false, path: issue && issue.path.length > 0 ? issue.path.join(' › ') : '' };
}

export interface Migration {
  state: AssessmentState;
  /** Ids of questions whose answers no longer fit the current question set and were dropped. */
  dropped: string[];
  /** The question-set version the answers were given to. */
  fromVersion: string;
}

/**
 * Fits answers given to any question-set version to the current one: answers to removed questions
 * and values that are no longer offered are dropped, new questions start empty, and everything
 * still valid is kept.
 */
export function migrateState(input: AssessmentState, model: AssessmentModel): Migration {
  const dropped: string[] = [];
  const profile: ProfileAnswers = {};
  for (const [id, value] of Object.entries(input.profile)) {
    const question = model.profile.find((candidate) => candidate.id === id);
    const optionIds = question?.options.map((option) => option.id) ?? [];
    const values = Array.isArray(value) ? value : [value];
    const kept = optionIds.filter((optionId) => values.includes(optionId));
    if (!question || kept.length === 0 || (question.kind === 'single' && kept.length !== 1)) {
      dropped.push(id);
    } else {
      profile[id] = question.kind === 'single' ? kept[0]! : kept;
    }
  }

  const answers: AssessmentState['answers'] = {};
  for (const [id, answer] of Object.entries(input.answers)) {
    const item = model.items.find((candidate) => candidate.id === id);
    // Clause requirements cannot be excluded, so "not applicable" is never a valid clause answer.
    if (!item || (item.kind === 'clause' && answer.level === 'not-applicable')) dropped.push(id);
    else answers[id] = answer;
  }

  const known = new Set([
    ...model.profile.map((question) => question.id),
    ...model.items.map((item) => item.id),
  ]);
  const skipped = [...new Set(input.skipped ?? [])].filter(
    (id) => known.has(id) && answers[id] === undefined && profile[id] === undefined,
  );
  const steps = ['profile', 'results', ...model.areas.map((area) => area.id)];
  const state: AssessmentState = {
    ...input,
    questionSet: model.version,
    profile,
    answers,
    skipped,
  };
  if (state.step !== undefined && !steps.includes(state.step)) delete state.step;
  return { state, dropped, fromVersion: input.questionSet };
}
