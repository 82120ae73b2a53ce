import { claimScriptParts } from './script-parts';

/** Upgrades the coverage form: choosing two frameworks opens their precomputed coverage page. */
class CoveragePicker extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const message = this.querySelector<HTMLElement>('.aa-picker__message');
    if (!form || !message) return;
    claimScriptParts(this);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      const having = String(data.get('having'));
      const covered = String(data.get('covered'));
      if (having === covered) {
        message.textContent = this.dataset.same ?? '';
        return;
      }
      location.assign(
        `${this.dataset.base}${encodeURIComponent(having)}/${encodeURIComponent(covered)}/`,
      );
    });
  }
}

if (!customElements.get('aa-coverage-picker'))
  customElements.define('aa-coverage-picker', CoveragePicker);
