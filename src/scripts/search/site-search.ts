import { renderExcerpt } from './render-excerpt';
import { searchSite, type SearchHit } from './search-engine';

const fill = (template: string | undefined, values: Record<string, string | number>) =>
  (template ?? '').replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/**
 * Upgrades a server-rendered search form: searches as the reader types, groups results by page and
 * heading, moves through them with the arrow keys, and announces the count to screen readers.
 */
class SiteSearch extends HTMLElement {
  #latest = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.#input();
    const clear = this.querySelector<HTMLButtonElement>('.aa-search__clear')!;
    const initial =
      this.dataset.syncUrl === 'true' ? (new URL(location.href).searchParams.get('q') ?? '') : '';
    if (initial) input.value = initial;
    clear.hidden = input.value === '';
    clear.addEventListener('click', () => {
      input.value = '';
      clear.hidden = true;
      this.#update('');
      input.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(input.value, 0);
    });
    input.addEventListener('input', () => {
      clear.hidden = input.value === '';
      this.#update(input.value);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.#links()[0]?.focus();
      }
    });
    this.querySelector('.aa-search__results')!.addEventListener('keydown', (event) =>
      this.#onResultsKey(event as KeyboardEvent),
    );
    if (input.value) this.#update(input.value, 0);
  }

  /** Runs a search for the query now, or after the reader pauses typing. */
  #update(query: string, delayMs = 150): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (this.dataset.syncUrl === 'true') {
        const url = new URL(location.href);
        if (query.trim()) url.searchParams.set('q', query.trim());
        else url.searchParams.delete('q');
        history.replaceState(null, '', url);
      }
      void this.#run(query);
    }, delayMs);
  }

  #input(): HTMLInputElement {
    return this.querySelector<HTMLInputElement>('input[type="search"]')!;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('.aa-search__results a')];
  }

  #onResultsKey(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const links = this.#links();
    const position = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = position + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) this.#input().focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  }

  async #run(query: string): Promise<void> {
    const run = ++this.#latest;
    const status = this.querySelector<HTMLElement>('.aa-search__status')!;
    const list = this.querySelector<HTMLOListElement>('.aa-search__results')!;
    if (!query.trim()) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    try {
      const hits = await searchSite(
        query,
        this.dataset.lang ?? 'en',
        this.dataset.otherLang ?? 'he',
      );
      if (run !== this.#latest) return;
      list.replaceChildren(...hits.map((hit) => this.#renderHit(hit, query)));
      status.textContent = this.#summary(query.trim(), hits);
    } catch {
      if (run === this.#latest) status.textContent = this.dataset.failed ?? '';
    }
  }

  #summary(query: string, hits: SearchHit[]): string {
    if (hits.length === 0) return fill(this.dataset.noResults, { query });
    if (hits[0]!.otherLanguage)
      return fill(this.dataset.otherLanguageResults, { query, count: hits.length });
    const form = new Intl.PluralRules(this.dataset.lang).select(hits.length);
    const template =
      form === 'one'
        ? this.dataset.resultsOne
        : form === 'two'
          ? this.dataset.resultsTwo
          : this.dataset.resultsOther;
    return fill(template, { query, count: hits.length });
  }

  #renderHit(hit: SearchHit, query: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'aa-search__result';
    if (hit.otherLanguage) item.lang = this.dataset.otherLang ?? '';
    if (hit.otherLanguage) item.dir = this.dataset.otherDir ?? 'ltr';
    const link = document.createElement('a');
    link.href = hit.data.url;
    link.textContent = hit.data.meta.title ?? hit.data.url;
    item.append(link);
    for (const [flag, label] of [
      [hit.exactId, this.dataset.idMatch],
      [hit.otherLanguage, this.dataset.otherLanguageBadge],
    ] as const) {
      if (!flag) continue;
      const badge = document.createElement('span');
      badge.className = 'aa-search__badge';
      badge.textContent = label ?? '';
      item.append(' ', badge);
    }
    const excerpt = document.createElement('p');
    renderExcerpt(excerpt, hit.data.excerpt, query);
    item.append(excerpt);
    const headings = (hit.data.sub_results ?? [])
      .filter((sub) => sub.url !== hit.data.url && sub.url.includes('#'))
      .slice(0, 3);
    if (headings.length > 0) {
      const list = document.createElement('ul');
      list.className = 'aa-search__headings';
      for (const sub of headings) {
        const entry = document.createElement('li');
        const anchor = document.createElement('a');
        anchor.href = sub.url;
        anchor.textContent = sub.title;
        const subExcerpt = document.createElement('p');
        renderExcerpt(subExcerpt, sub.excerpt, query);
        entry.append(anchor, subExcerpt);
        list.append(entry);
      }
      item.append(list);
    }
    return item;
  }
}

if (!customElements.get('aa-search')) customElements.define('aa-search', SiteSearch);
