import { normalizeIdQuery } from './search-query';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

interface Pagefind {
  search(
    query: string | null,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] }>;
}

const maxResults = 20;

/** Copies Pagefind's excerpt into an element as text, keeping only its <mark> highlights. */
function renderExcerpt(target: HTMLElement, excerpt: string): void {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** Upgrades the server-rendered search form: runs Pagefind in the browser and lists the results. */
class SiteSearch extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;
  #latest = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
    const clear = this.querySelector<HTMLButtonElement>('.aa-search__clear')!;
    const initial = new URL(location.href).searchParams.get('q') ?? '';
    input.value = initial;
    clear.hidden = !initial;
    clear.addEventListener('click', () => {
      input.value = '';
      clear.hidden = true;
      this.#updateUrl('');
      void this.#run('');
      input.focus();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#updateUrl(input.value);
      void this.#run(input.value);
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clear.hidden = input.value === '';
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.#updateUrl(input.value);
        void this.#run(input.value);
      }, 150);
    });
    if (initial) void this.#run(initial);
  }

  #updateUrl(query: string): void {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  }

  #loadPagefind(): Promise<Pagefind> {
    const path = '/pagefind/pagefind.js';
    this.#pagefind ??= import(/* @vite-ignore */ path) as Promise<Pagefind>;
    return this.#pagefind;
  }

  async #run(query: string): Promise<void> {
    const run = ++this.#latest;
    const status = this.querySelector<HTMLElement>('.aa-search__status')!;
    const list = this.querySelector<HTMLOListElement>('.aa-search__results')!;
    const trimmed = query.trim();
    if (!trimmed) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = this.dataset.loading ?? '';
    try {
      const pagefind = await this.#loadPagefind();
      const idQuery = normalizeIdQuery(trimmed);
      const [exact, general] = await Promise.all([
        idQuery
          ? pagefind.search(null, { filters: { id: idQuery } })
          : Promise.resolve({ results: [] }),
        pagefind.search(trimmed),
      ]);
      const exactIds = new Set(exact.results.map((result) => result.id));
      const ordered = [
        ...exact.results,
        ...general.results.filter((result) => !exactIds.has(result.id)),
      ];
      const data = await Promise.all(ordered.slice(0, maxResults).map((result) => result.data()));
      if (run !== this.#latest) return;
      this.#render(list, data, exactIds.size);
      status.textContent = this.#summary(trimmed, ordered.length);
    } catch {
      if (run === this.#latest) status.textContent = this.dataset.failed ?? '';
    }
  }

  #summary(query: string, count: number): string {
    if (count === 0) return (this.dataset.noResults ?? '').replace('{{query}}', query);
    const form = new Intl.PluralRules(this.dataset.lang).select(count);
    const template =
      form === 'one'
        ? this.dataset.resultsOne
        : form === 'two'
          ? this.dataset.resultsTwo
          : this.dataset.resultsOther;
    return (template ?? '').replace('{{count}}', String(count)).replace('{{query}}', query);
  }

  #render(list: HTMLOListElement, results: PagefindResultData[], exactCount: number): void {
    list.replaceChildren(
      ...results.map((result, index) => {
        const item = document.createElement('li');
        item.className = 'aa-search__result';
        const link = document.createElement('a');
        link.href = result.url;
        const title = document.createElement('span');
        title.textContent = result.meta.title ?? result.url;
        link.append(title);
        item.append(link);
        if (index < exactCount) {
          const badge = document.createElement('span');
          badge.className = 'aa-search__badge';
          badge.textContent = this.dataset.idMatch ?? '';
          item.append(' ', badge);
        }
        const excerpt = document.createElement('p');
        renderExcerpt(excerpt, result.excerpt);
        item.append(excerpt);
        return item;
      }),
    );
  }
}

if (!customElements.get('aa-search')) customElements.define('aa-search', SiteSearch);
