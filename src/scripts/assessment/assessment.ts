import { todayIso } from '../../lib/assessment/calendar';
import { questionDomId } from '../../lib/assessment/dom-ids';
import type { AssessmentModel } from '../../lib/assessment/model';
import { computeProgress } from '../../lib/assessment/progress';
import { answersDigest } from '../../lib/assessment/report';
import { decodeShareFragment } from '../../lib/assessment/share';
import { emptyState, hasAnswers, type AssessmentState } from '../../lib/assessment/state';
import {
  loadState,
  saveState,
  storageKeys,
  type StorageSource,
} from '../../lib/assessment/storage';
import type {
  AssessmentPlurals,
  AssessmentStrings,
  AssessmentText,
} from '../../lib/assessment/strings';
import { readQuestion, showQuestionStates, writeStateToForm } from './form-state';
import * as keeping from './keeping';
import { claimScriptParts } from '../script-parts';
import { restoreSavedAnswers } from './restore';
import { Notices } from './notices';
import { renderResults } from './results-view';
import { focusStep, listSteps, showProgress, showStep } from './steps';

const storage: StorageSource = () => window.localStorage;
/** Delay before a note being typed is saved, so storage is not written on every key press. */
const noteSaveDelayMs = 400;

/**
 * Upgrades the server-rendered questionnaire: one section at a time, progress, skipping, branching
 * on the profile, autosave with migration, results with a readiness chart and a gap report, and
 * export, import, share links, printing and a draft Statement of Applicability. Everything runs in
 * the page: it makes no network request.
 */
class SelfAssessment extends HTMLElement implements keeping.KeepingHost {
  model!: AssessmentModel;
  text!: AssessmentText;
  plurals!: AssessmentPlurals;
  lang = 'en';
  notices!: Notices;
  #state!: AssessmentState;
  #form!: HTMLElement;
  #results!: HTMLElement;
  #step = 'profile';
  #saveTimer: ReturnType<typeof setTimeout> | undefined;
  #storageProblem: string | undefined;
  #backup: AssessmentState | undefined;
  #digestRun = 0;

  connectedCallback(): void {
    if (this.dataset.ready) return;
    this.model = JSON.parse(
      this.querySelector('.aa-assessment__model')!.textContent!,
    ) as AssessmentModel;
    const strings = JSON.parse(this.dataset.strings!) as AssessmentStrings;
    this.text = strings.text;
    this.plurals = strings.plurals;
    this.lang = this.dataset.lang ?? 'en';
    this.#form = this.querySelector<HTMLElement>('.aa-assessment__form')!;
    this.#results = this.querySelector('.aa-assessment__results')!;
    const noticeArea = this.querySelector<HTMLElement>('.aa-assessment__notices')!;
    this.notices = new Notices(noticeArea, this.text.dismissButton);

    claimScriptParts(this);
    this.querySelector<HTMLElement>('.aa-assessment__nojs')!.hidden = true;

    this.#state = this.#restore();
    writeStateToForm(this.#form, this.#state);
    this.#bindForm();
    this.#bindNavigation();
    this.#bindTools();
    this.#refresh();
    this.#openAnchor();
    void this.#openShareLink();
    void this.#renderResults();
    window.addEventListener('hashchange', () => void this.#openShareLink());
    window.addEventListener('storage', (event) => this.#adoptOtherTab(event));
    window.addEventListener('beforeprint', () => void this.#renderResults());
    // A note typed just before the tab closes is saved now instead of after the typing delay.
    window.addEventListener('pagehide', () => this.#flushSave());
    let resizeTimer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      clearTimeout(resizeTimer);
      // The chart is drawn for the width it has, so a new width redraws the results.
      resizeTimer = setTimeout(() => {
        if (this.#step === 'results') void this.#renderResults();
      }, 200);
    });
    this.dataset.ready = 'true';
  }

  getState(): AssessmentState {
    return this.#state;
  }

  /** Loads saved answers, explaining anything that could not be kept. */
  #restore(): AssessmentState {
    const { state, storageBlocked, migrated } = restoreSavedAnswers(this, storage);
    if (storageBlocked) this.#storageProblem = 'unavailable';
    // Saving the migrated answers at once keeps the older version from being migrated again.
    if (migrated) this.#persist(state);
    return state;
  }

  /**
   * Opens the step saved with the answers, unless the address names a section or a question
   * ("#aa-step-a-6", "#aa-q-a-6-2-4"), which then opens instead.
   */
  #openAnchor(): void {
    const target = location.hash.startsWith('#aa-')
      ? document.getElementById(location.hash.slice(1))
      : null;
    const step = target?.closest<HTMLElement>('[data-step]')?.dataset.step;
    this.#goToStep(step ?? this.#state.step ?? 'profile', false);
    if (target?.matches('fieldset[data-question]')) this.#focusQuestion(target);
  }

  #bindForm(): void {
    this.#form.addEventListener('change', (event) => {
      const fieldset = (event.target as Element).closest<HTMLElement>('fieldset[data-question]');
      if (fieldset) this.#commit(readQuestion(fieldset, this.#state), 'now');
    });
    this.#form.addEventListener('input', (event) => {
      const target = event.target as Element;
      const fieldset = target.closest<HTMLElement>('fieldset[data-question]');
      if (fieldset && target instanceof HTMLTextAreaElement)
        this.#commit(readQuestion(fieldset, this.#state), 'later');
    });
    this.#form.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
      const fieldset = button?.closest<HTMLElement>('fieldset[data-question]');
      if (button?.dataset.action === 'skip' && fieldset) this.#skip(fieldset);
    });
  }

  #bindNavigation(): void {
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      const stepLink = target.closest<HTMLAnchorElement>('.aa-assessment__steps a[data-step]');
      if (stepLink) {
        event.preventDefault();
        this.#goToStep(stepLink.dataset.step!, true);
        return;
      }
      const button = target.closest<HTMLButtonElement>('button');
      if (button) this.#navigate(button);
    });
  }

  /** Follows a navigation button: the next or previous step, or a question to answer. */
  #navigate(button: HTMLButtonElement): void {
    const steps = listSteps(this);
    const position = steps.indexOf(this.#step);
    const action = button.dataset.action;
    if (action === 'next-step') this.#goToStep(steps[position + 1] ?? this.#step, true);
    if (action === 'previous-step') this.#goToStep(steps[position - 1] ?? this.#step, true);
    if (action === 'next-open' || action === 'next-skipped') {
      const progress = computeProgress(this.model, this.#state);
      const questionId = action === 'next-open' ? progress.nextOpen : progress.nextSkipped;
      if (questionId) this.#goToQuestion(questionId);
    }
    // Buttons of the results that lead back to a question: "Change the answer" and open questions.
    if (button.dataset.question && !button.closest('fieldset')) {
      this.#goToQuestion(button.dataset.question);
    }
  }

  #bindTools(): void {
    const input = this.querySelector<HTMLInputElement>('.aa-assessment__import-input')!;
    const shareField = this.querySelector<HTMLInputElement>('.aa-assessment__share-url')!;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) void keeping.importAnswers(this, file);
    });
    this.querySelector('.aa-assessment__tools')!.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLButtonElement>('button[data-action]')
        ?.dataset.action;
      if (action === 'export') keeping.exportAnswers(this);
      if (action === 'import') input.click();
      if (action === 'share') void keeping.createShareLink(this, shareField);
      if (action === 'soa') keeping.downloadSoa(this);
      if (action === 'print') void this.#print();
      if (action === 'clear')
        this.replaceState(emptyState(this.model.version), [this.text.noticeCleared]);
    });
  }

  /** Takes new answers: saves them (now, or shortly for typing) and updates everything shown. */
  #commit(next: AssessmentState, save: 'now' | 'later'): void {
    this.#state = next;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    if (save === 'now') this.#persist(this.#state);
    else this.#saveTimer = setTimeout(() => this.#flushSave(), noteSaveDelayMs);
    this.#refresh();
    // The report stays current even while hidden, so printing from any step prints these answers.
    void this.#renderResults();
  }

  #flushSave(): void {
    if (this.#saveTimer === undefined) return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    this.#persist(this.#state);
  }

  #persist(state: AssessmentState): void {
    const result = saveState(storage, { ...state, updatedAt: new Date().toISOString() });
    const problem = result.ok ? undefined : result.reason;
    if (problem && problem !== this.#storageProblem) {
      const message =
        problem === 'quota' ? this.text.noticeStorageFull : this.text.noticeStorageBlocked;
      this.notices.show([message], { tone: 'error', key: 'storage' });
    }
    if (!problem && this.#storageProblem) this.notices.remove('storage');
    this.#storageProblem = problem;
  }

  #refresh(): void {
    showQuestionStates(this, this.model, this.#state, this.plurals, this.lang);
    showProgress(
      this,
      computeProgress(this.model, this.#state),
      this.text,
      this.plurals,
      this.lang,
    );
  }

  /**
   * Loads the saved state that another tab has just written, so that this tab's next save does
   * not overwrite it with an older state. A pending note save here is dropped, because the other
   * tab's state is newer.
   */
  #adoptOtherTab(event: StorageEvent): void {
    if (event.key !== storageKeys.state || event.newValue === null) return;
    const loaded = loadState(storage, this.model);
    if (loaded.status !== 'loaded') return;
    clearTimeout(this.#saveTimer);
    this.#saveTimer = undefined;
    writeStateToForm(this.#form, loaded.state);
    this.#state = { ...loaded.state, step: this.#step };
    this.#refresh();
    void this.#renderResults();
    this.notices.show([this.text.noticeOtherTab], { key: 'other-tab' });
  }

  /** Replaces every answer, keeping the current ones as the backup that "restore" brings back. */
  replaceState(next: AssessmentState, sentences: string[]): void {
    const previous = this.#state;
    const backupKept = hasAnswers(previous);
    if (backupKept) {
      this.#backup = previous;
      saveState(storage, previous, storageKeys.backup);
    }
    writeStateToForm(this.#form, next);
    this.#commit({ ...next, step: this.#step }, 'now');
    const restore = { label: this.text.restoreButton, run: () => this.#restoreBackup() };
    this.notices.show(backupKept ? [...sentences, this.text.noticeBackup] : sentences, {
      key: 'replace',
      actions: backupKept ? [restore] : [],
    });
  }

  #restoreBackup(): void {
    const stored = loadState(storage, this.model, storageKeys.backup);
    const backup = this.#backup ?? (stored.status === 'loaded' ? stored.state : undefined);
    if (!backup) {
      this.notices.show([this.text.noticeNoBackup], { key: 'replace' });
      return;
    }
    this.#backup = undefined;
    this.replaceState(backup, [this.text.noticeRestoredBackup]);
  }

  #skip(fieldset: HTMLElement): void {
    const id = fieldset.dataset.question!;
    const skipped = [...new Set([...(this.#state.skipped ?? []), id])];
    this.#commit({ ...this.#state, skipped }, 'now');
    const questions = [
      ...fieldset
        .closest('section')!
        .querySelectorAll<HTMLElement>('fieldset[data-question]:not([hidden])'),
    ];
    const next = questions[questions.indexOf(fieldset) + 1];
    if (next) this.#focusQuestion(next);
    else
      fieldset.closest('section')!.querySelector<HTMLElement>('[data-action="next-step"]')?.focus();
  }

  #goToStep(stepId: string, moveFocus: boolean): void {
    const steps = listSteps(this);
    this.#step = steps.includes(stepId) ? stepId : 'profile';
    showStep(this, this.#step);
    if (this.#step === 'results') {
      void this.#renderResults();
      // The report's next steps (print, share, the Statement of Applicability) are among the tools.
      this.querySelector<HTMLDetailsElement>('.aa-assessment__tools')!.open = true;
    }
    if (moveFocus) focusStep(this, this.#step);
    if (this.#state.step !== this.#step) {
      this.#state = { ...this.#state, step: this.#step };
      // Without answers there is nothing worth saving, and saved text that could not be read
      // stays untouched until the reader answers something.
      if (hasAnswers(this.#state)) this.#persist(this.#state);
    }
  }

  #goToQuestion(questionId: string): void {
    const fieldset = document.getElementById(questionDomId(questionId));
    const step = fieldset?.closest<HTMLElement>('.aa-assessment__step')?.dataset.step;
    if (!fieldset || !step) return;
    this.#goToStep(step, false);
    this.#focusQuestion(fieldset);
  }

  /** Focuses a question's chosen option, or its first one, as arrow-key navigation expects. */
  #focusQuestion(fieldset: HTMLElement): void {
    const input =
      fieldset.querySelector<HTMLInputElement>('input:checked') ??
      fieldset.querySelector<HTMLInputElement>('input');
    fieldset.scrollIntoView({ block: 'center' });
    input?.focus({ preventScroll: true });
  }

  /** Fills the results from the current answers; resolves once the footer shows their SHA-256. */
  #renderResults(): Promise<string | undefined> {
    renderResults(this.#results, {
      model: this.model,
      state: this.#state,
      text: this.text,
      plurals: this.plurals,
      lang: this.lang,
      today: todayIso(),
    });
    return this.#showDigest();
  }

  /** Writes the SHA-256 of the answers into the report footer; a newer run wins over an older one. */
  async #showDigest(): Promise<string | undefined> {
    const run = ++this.#digestRun;
    const digest = await answersDigest(this.#state);
    if (run === this.#digestRun) {
      const target = this.#results.querySelector<HTMLElement>('[data-field="digest"]')!;
      target.dir = digest ? 'ltr' : 'auto';
      target.textContent = digest ?? this.text.digestUnavailable;
    }
    return digest;
  }

  async #print(): Promise<void> {
    await this.#renderResults();
    window.print();
  }

  async #openShareLink(): Promise<void> {
    const result = await decodeShareFragment(location.hash, this.model);
    if (result.status === 'absent') return;
    // The answers leave the address once read, so a reload or a copied address does not reopen them.
    history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    keeping.openSharedAnswers(this, result, hasAnswers(this.#state));
  }
}

if (!customElements.get('aa-assessment')) customElements.define('aa-assessment', SelfAssessment);
