import { claimScriptParts } from './script-parts';

const storageKey = 'aims-theme';
type ThemeChoice = 'light' | 'dark' | 'system';

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

function applyChoice(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  try {
    if (choice === 'system') localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, choice);
  } catch {
    // Storage can be disabled or full; the choice still applies to this page.
  }
}

/** Upgrades the server-rendered theme <select>: light, dark, or the system preference. */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = readChoice();
    select.addEventListener('change', () => applyChoice(select.value as ThemeChoice));
    claimScriptParts(this);
  }
}

if (!customElements.get('aa-theme-select')) customElements.define('aa-theme-select', ThemeSelect);
