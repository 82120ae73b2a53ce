export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface NoticeOptions {
  tone?: 'info' | 'error';
  /** Buttons shown with the message; choosing one also closes the notice. */
  actions?: NoticeAction[];
  /** A notice with the same key replaces the earlier one instead of stacking below it. */
  key?: string;
}

/**
 * Messages above the questionnaire: restored answers, import and share-link results, storage
 * problems. The container is a polite live region; errors are alerts. Text is set as text only.
 */
export class Notices {
  constructor(
    private readonly container: HTMLElement,
    private readonly dismissLabel: string,
  ) {}

  show(sentences: string[], options: NoticeOptions = {}): HTMLElement {
    if (options.key) this.remove(options.key);
    const notice = document.createElement('div');
    notice.className = `aa-notice aa-notice--${options.tone ?? 'info'}`;
    if (options.tone === 'error') notice.setAttribute('role', 'alert');
    if (options.key) notice.dataset.key = options.key;

    const message = document.createElement('p');
    message.textContent = sentences.join(' ');
    notice.append(message);

    const buttons = document.createElement('div');
    buttons.className = 'aa-notice__actions';
    for (const action of options.actions ?? []) {
      buttons.append(
        this.#button(action.label, () => {
          this.#close(notice);
          action.run();
        }),
      );
    }
    buttons.append(this.#button(this.dismissLabel, () => this.#close(notice)));
    notice.append(buttons);

    this.container.append(notice);
    return notice;
  }

  remove(key: string): void {
    for (const notice of this.container.querySelectorAll<HTMLElement>('.aa-notice')) {
      if (notice.dataset.key === key) notice.remove();
    }
  }

  /** Removes a notice; keyboard focus, which sat on one of its buttons, moves to the message area. */
  #close(notice: HTMLElement): void {
    notice.remove();
    this.container.focus();
  }

  #button(label: string, onClick: () => void): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'aa-button';
    button.textContent = label;
    button.addEventListener('click', onClick);
    return button;
  }
}
