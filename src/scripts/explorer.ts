import { drag, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3';
import { claimScriptParts } from './script-parts';
import { readExplorerState, writeExplorerState, type ExplorerState } from './explorer-state';

interface ExplorerNode {
  key: string;
  framework: string;
  group: string;
  id: string;
  label: string;
  title: string;
  href: string;
  x: number;
  y: number;
  r: number;
}

interface ExplorerLink {
  s: number;
  t: number;
  type: string;
  strength: number;
}

type Strings = Record<string, string>;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

/**
 * Upgrades the server-rendered mapping graph: filters, selection with a details panel, zoom and
 * pan (a one-finger swipe still scrolls the page), node dragging, keyboard moves between linked
 * items, a table view, and the whole state kept in the URL.
 */
class MappingExplorer extends HTMLElement {
  #nodes: ExplorerNode[] = [];
  #links: ExplorerLink[] = [];
  #neighbours: number[][] = [];
  #strings: Strings = {};
  #state!: ExplorerState;
  #nodeElements: SVGGElement[] = [];
  #linkElements: SVGLineElement[] = [];
  #rows: HTMLTableRowElement[] = [];
  #zoom!: ZoomBehavior<SVGSVGElement, unknown>;
  #svg!: SVGSVGElement;
  #visibleNodes = new Set<number>();
  #visibleLinks = new Set<number>();

  connectedCallback(): void {
    const data = JSON.parse(this.querySelector('.aa-explorer__data')!.textContent!) as {
      nodes: ExplorerNode[];
      links: ExplorerLink[];
    };
    this.#nodes = data.nodes;
    this.#links = data.links;
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.#neighbours = this.#nodes.map(() => []);
    this.#links.forEach((link, index) => {
      this.#neighbours[link.s]!.push(index);
      this.#neighbours[link.t]!.push(index);
    });
    this.#svg = this.querySelector('svg')!;
    this.#nodeElements = [...this.querySelectorAll<SVGGElement>('.aa-node')];
    this.#linkElements = [...this.querySelectorAll<SVGLineElement>('.aa-edge')];
    this.#rows = [...this.querySelectorAll<HTMLTableRowElement>('.aa-explorer__table tbody tr')];
    this.#state = readExplorerState(location.search, this.#allOptions());
    this.#makeAccessible();

    claimScriptParts(this);
    this.#syncForm();
    this.#bindFilters();
    this.#bindZoom();
    this.#bindNodes();
    this.#bindToolbar();
    this.#applyFilters();
    this.#applySelection(false);
    this.#applyView();
    // Marks the graph as interactive, and when; tests wait for it and the benchmark reads the time.
    this.dataset.readyAt = String(Math.round(performance.now()));
    this.dataset.ready = 'true';
  }

  /**
   * Turns the drawn graph into a keyboard- and screen-reader-usable widget. Without this script the
   * graph is hidden from assistive technology and the table below it carries the same links.
   */
  #makeAccessible(): void {
    const svg = this.#svg;
    svg.removeAttribute('aria-hidden');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', svg.dataset.label ?? '');
    svg.setAttribute('aria-describedby', 'aa-explorer-help');
    const lang = this.dataset.lang ?? 'en';
    this.#nodeElements.forEach((element, index) => {
      const node = this.#nodes[index]!;
      const count = this.#neighbours[index]!.length;
      const form = new Intl.PluralRules(lang).select(count);
      const template =
        form === 'one'
          ? svg.dataset.linkCountOne
          : form === 'two'
            ? svg.dataset.linkCountTwo
            : svg.dataset.linkCountOther;
      const framework = this.#strings[`framework-${node.framework}`] ?? node.framework;
      element.setAttribute('role', 'button');
      element.setAttribute('tabindex', index === 0 ? '0' : '-1');
      element.setAttribute(
        'aria-label',
        // The name starts with the drawn label ("Art. 9"), so that voice-control users can name
        // the item by what they see (WCAG 2.5.3, Label in Name).
        `${framework} ${node.label}: ${node.title} (${fill(template ?? '', { count })})`,
      );
    });
  }

  #allOptions() {
    const form = this.querySelector('form')!;
    const values = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map(
        (input) => input.value,
      );
    return {
      frameworks: values('framework'),
      types: values('type'),
      groups: values('group'),
      keys: this.#nodes.map((node) => node.key),
    };
  }

  #syncForm(): void {
    const form = this.querySelector('form')!;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      const set =
        input.name === 'framework'
          ? this.#state.frameworks
          : input.name === 'type'
            ? this.#state.types
            : this.#state.groups;
      input.checked = set.has(input.value);
    }
  }

  #bindFilters(): void {
    const form = this.querySelector('form')!;
    form.addEventListener('change', () => {
      const checked = (name: string) =>
        new Set(
          [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
            (input) => input.value,
          ),
        );
      this.#state = {
        ...this.#state,
        frameworks: checked('framework'),
        types: checked('type'),
        groups: checked('group'),
      };
      this.#applyFilters();
      this.#save();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      form.dispatchEvent(new Event('change'));
    });
    form.addEventListener('reset', () => {
      setTimeout(() => form.dispatchEvent(new Event('change')), 0);
    });
  }

  #applyFilters(): void {
    const { frameworks, groups, types } = this.#state;
    this.#visibleNodes = new Set(
      this.#nodes.flatMap((node, index) =>
        frameworks.has(node.framework) && groups.has(`${node.framework}|${node.group}`)
          ? [index]
          : [],
      ),
    );
    this.#visibleLinks = new Set(
      this.#links.flatMap((link, index) =>
        types.has(link.type) && this.#visibleNodes.has(link.s) && this.#visibleNodes.has(link.t)
          ? [index]
          : [],
      ),
    );
    this.#nodeElements.forEach((element, index) =>
      element.classList.toggle('is-filtered', !this.#visibleNodes.has(index)),
    );
    this.#linkElements.forEach((element, index) =>
      element.classList.toggle('is-filtered', !this.#visibleLinks.has(index)),
    );
    if (this.#state.selected !== undefined && !this.#visibleNodes.has(this.#state.selected))
      this.#state.selected = undefined;
    this.#applySelection(false);
    const all =
      this.#visibleNodes.size === this.#nodes.length &&
      this.#visibleLinks.size === this.#links.length;
    const status = this.querySelector('.aa-explorer__status')!;
    status.textContent = all
      ? fill(this.#strings.statusAll!, { nodes: this.#nodes.length, links: this.#links.length })
      : fill(this.#strings.status!, {
          nodes: this.#visibleNodes.size,
          totalNodes: this.#nodes.length,
          links: this.#visibleLinks.size,
          totalLinks: this.#links.length,
        });
  }

  #bindZoom(): void {
    const viewport = select(this.#svg).select<SVGGElement>('.aa-explorer__viewport');
    this.#zoom = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.5, 8])
      // One finger scrolls the page; two fingers pinch-zoom and pan the graph. The wheel zooms only
      // with Ctrl or ⌘ held, so scrolling past the graph never gets stuck in it.
      .filter((event: Event) => {
        if (event.type === 'touchstart') return (event as TouchEvent).touches.length > 1;
        if (event.type === 'wheel')
          return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        viewport.attr('transform', event.transform.toString());
      });
    select(this.#svg).call(this.#zoom).on('dblclick.zoom', null);
  }

  #bindNodes(): void {
    this.#nodeElements.forEach((element, index) => {
      element.addEventListener('click', () => this.#select(index));
      element.addEventListener('keydown', (event) => this.#onKey(event, index));
    });
    // On touch screens only the selected item can be dragged: a finger that lands near any other
    // item scrolls the page (or selects on tap) instead of grabbing it.
    const dragBehaviour = drag<SVGGElement, number>()
      .filter(
        (event: Event, index) => event.type !== 'touchstart' || index === this.#state.selected,
      )
      .on('start', (event) => event.sourceEvent?.stopPropagation())
      .on('drag', (event, index) => this.#moveNode(index, event.dx, event.dy));
    select(this.#svg)
      .selectAll<SVGGElement, number>('.aa-node')
      .data(this.#nodes.map((_, index) => index))
      .call(dragBehaviour);
  }

  #moveNode(index: number, dx: number, dy: number): void {
    const node = this.#nodes[index]!;
    node.x += dx;
    node.y += dy;
    this.#nodeElements[index]!.setAttribute('transform', `translate(${node.x} ${node.y})`);
    for (const linkIndex of this.#neighbours[index]!) {
      const link = this.#links[linkIndex]!;
      const line = this.#linkElements[linkIndex]!;
      const end = link.s === index ? '1' : '2';
      line.setAttribute(`x${end}`, String(node.x));
      line.setAttribute(`y${end}`, String(node.y));
    }
  }

  #onKey(event: KeyboardEvent, index: number): void {
    const rtl = this.dataset.lang === 'he';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (event.key === 'Enter') {
      location.assign(this.#nodes[index]!.href);
    } else if (event.key === ' ') {
      event.preventDefault();
      this.#select(index);
    } else if (event.key === 'Escape') {
      this.#state.selected = undefined;
      this.#applySelection(true);
    } else if ([forward, backward, 'ArrowDown', 'ArrowUp'].includes(event.key)) {
      event.preventDefault();
      const step = event.key === forward || event.key === 'ArrowDown' ? 1 : -1;
      this.#focusNode(this.#nextLinkedNode(index, step));
    } else if (event.key === '+' || event.key === '=') {
      this.#zoomBy(1.3);
    } else if (event.key === '-') {
      this.#zoomBy(1 / 1.3);
    }
  }

  /** Steps through the visible items linked to the selected item; with nothing selected, through all visible items. */
  #nextLinkedNode(from: number, step: number): number {
    const anchor = this.#state.selected;
    let ring: number[];
    if (anchor !== undefined) {
      const linked = this.#neighbours
        [anchor]!.filter((linkIndex) => this.#visibleLinks.has(linkIndex))
        .map((linkIndex) =>
          this.#links[linkIndex]!.s === anchor
            ? this.#links[linkIndex]!.t
            : this.#links[linkIndex]!.s,
        );
      ring = [anchor, ...new Set(linked)];
    } else {
      ring = [...this.#visibleNodes];
    }
    const position = ring.indexOf(from);
    return ring[(position + step + ring.length) % ring.length] ?? from;
  }

  #focusNode(index: number): void {
    for (const element of this.#nodeElements) element.setAttribute('tabindex', '-1');
    const element = this.#nodeElements[index]!;
    element.setAttribute('tabindex', '0');
    element.focus();
  }

  #select(index: number): void {
    this.#state.selected = this.#state.selected === index ? undefined : index;
    this.#applySelection(true);
    if (this.#state.selected !== undefined) this.#focusNode(index);
  }

  #applySelection(save: boolean): void {
    const selected = this.#state.selected;
    const linkedLinks = new Set(
      selected === undefined
        ? []
        : this.#neighbours[selected]!.filter((index) => this.#visibleLinks.has(index)),
    );
    const linkedNodes = new Set<number>();
    for (const index of linkedLinks) {
      linkedNodes.add(this.#links[index]!.s);
      linkedNodes.add(this.#links[index]!.t);
    }
    this.classList.toggle('has-selection', selected !== undefined);
    this.#nodeElements.forEach((element, index) => {
      element.classList.toggle('is-selected', index === selected);
      element.classList.toggle('is-neighbour', linkedNodes.has(index) && index !== selected);
      element.setAttribute('aria-pressed', String(index === selected));
    });
    this.#linkElements.forEach((element, index) =>
      element.classList.toggle('is-highlighted', linkedLinks.has(index)),
    );
    this.#rows.forEach((row, index) => {
      row.hidden =
        selected === undefined ? !this.#visibleLinks.has(index) : !linkedLinks.has(index);
    });
    this.#renderPanel(selected, [...linkedLinks]);
    if (save) this.#save();
  }

  #renderPanel(selected: number | undefined, linkIndexes: number[]): void {
    const panel = this.querySelector<HTMLElement>('.aa-explorer__panel')!;
    panel.hidden = selected === undefined;
    if (selected === undefined) return;
    const node = this.#nodes[selected]!;
    panel.querySelector('h2')!.textContent = `${node.id} ${node.title}`;
    panel.querySelector('.aa-explorer__panel-meta')!.textContent = fill(this.#strings.selected!, {
      title: this.#strings[`framework-${node.framework}`] ?? node.framework,
      count: linkIndexes.length,
    });
    panel.querySelector<HTMLAnchorElement>('.aa-explorer__panel-link')!.href = node.href;
    const list = panel.querySelector('.aa-explorer__panel-links')!;
    list.replaceChildren(
      ...linkIndexes.map((index) => {
        const link = this.#links[index]!;
        const other = this.#nodes[link.s === selected ? link.t : link.s]!;
        const item = document.createElement('li');
        const anchor = document.createElement('a');
        anchor.href = other.href;
        anchor.textContent = `${this.#strings[`framework-${other.framework}`]} ${other.id}`;
        const type = document.createElement('span');
        type.className = `aa-rel aa-rel--${link.type}`;
        type.textContent = this.#strings[`type-${link.type}`] ?? link.type;
        const details = document.createElement('p');
        details.textContent = `${other.title} · ${fill(this.#strings.strength!, { value: link.strength })}`;
        item.append(anchor, ' ', type, details);
        return item;
      }),
    );
    if (linkIndexes.length === 0) {
      const empty = document.createElement('li');
      empty.textContent = this.#strings.noLinks ?? '';
      list.append(empty);
    }
  }

  #bindToolbar(): void {
    this.querySelector('.aa-explorer__panel')!.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape') return;
      const previous = this.#state.selected;
      this.#state.selected = undefined;
      this.#applySelection(true);
      if (previous !== undefined) this.#focusNode(previous);
    });
    this.querySelector('.aa-explorer__close')!.addEventListener('click', () => {
      const previous = this.#state.selected;
      this.#state.selected = undefined;
      this.#applySelection(true);
      if (previous !== undefined) this.#focusNode(previous);
    });
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        if (button.dataset.zoom === 'reset')
          select(this.#svg).call(this.#zoom.transform, zoomIdentity);
        else this.#zoomBy(button.dataset.zoom === 'in' ? 1.3 : 1 / 1.3);
      });
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.addEventListener('click', () => {
        this.#state.view = button.dataset.view === 'table' ? 'table' : 'graph';
        this.#applyView();
        this.#save();
      });
    }
  }

  #zoomBy(factor: number): void {
    select(this.#svg).call(this.#zoom.scaleBy, factor);
  }

  #applyView(): void {
    const table = this.#state.view === 'table';
    this.querySelector<HTMLElement>('.aa-explorer__stage')!.hidden = table;
    this.querySelector<HTMLElement>('.aa-explorer__help')!.hidden = table;
    this.querySelector<HTMLElement>('.aa-explorer__table-view')!.classList.toggle(
      'is-primary',
      table,
    );
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === this.#state.view));
    }
  }

  #save(): void {
    history.replaceState(
      null,
      '',
      writeExplorerState(location.href, this.#state, this.#allOptions()),
    );
  }
}

if (!customElements.get('aa-explorer')) customElements.define('aa-explorer', MappingExplorer);
