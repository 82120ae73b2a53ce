import { attachGraphZoom, type GraphZoom } from './graph-zoom';
import { claimScriptParts } from './script-parts';
import { isArrowKey, pickInDirection } from './topic-map-navigation';

interface TopicMapData {
  /** Position of each topic in map units, already mirrored on Hebrew pages. */
  positions: [number, number][];
  edges: [number, number][];
}

const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * Upgrades the server-rendered topic map. A caption shows the summary of the topic under the
 * pointer or keyboard focus, and the arrow keys move between connected topics. The legend filters
 * clusters, a switch shows the map or the list view, and buttons, keys or a two-finger pinch zoom.
 * A one-finger swipe keeps scrolling the page. Topics are links, so a click or Enter opens a page
 * without this script.
 */
class TopicMap extends HTMLElement {
  #positions: [number, number][] = [];
  #neighbours: number[][] = [];
  #nodes: SVGAElement[] = [];
  #hidden = new Set<string>();
  #focused = 0;
  #zoom!: GraphZoom;

  connectedCallback(): void {
    if (this.hasAttribute('data-upgraded')) return;
    const data = JSON.parse(
      this.querySelector('.aa-topic-map__data')!.textContent!,
    ) as TopicMapData;
    this.#positions = data.positions;
    this.#neighbours = this.#positions.map(() => []);
    for (const [a, b] of data.edges) {
      this.#neighbours[a]!.push(b);
      this.#neighbours[b]!.push(a);
    }
    this.#nodes = [...this.querySelectorAll<SVGAElement>('.aa-topic')];
    const svg = this.querySelector<SVGSVGElement>('.aa-topic-map__svg')!;
    this.#zoom = attachGraphZoom(svg, this.querySelector<SVGGElement>('.aa-topic-map__viewport')!);

    this.#bindNodes();
    this.#bindFilters();
    this.#bindToolbar();
    for (const element of this.querySelectorAll<HTMLElement>(
      '[hidden]:not(.aa-topic-map__caption)',
    )) {
      if (!element.closest('svg')) element.hidden = false;
    }
    claimScriptParts(this);
    this.#setView('map');
    this.#showCaption(undefined);
    this.toggleAttribute('data-upgraded', true);
  }

  #bindNodes(): void {
    this.#nodes.forEach((node, index) => {
      node.addEventListener('focus', () => {
        this.#focused = index;
        this.#showCaption(index);
      });
      node.addEventListener('blur', () => this.#showCaption(undefined));
      node.addEventListener('pointerenter', () => this.#showCaption(index));
      node.addEventListener('pointerleave', () => {
        const focused = this.#nodes.includes(document.activeElement as SVGAElement);
        this.#showCaption(focused ? this.#focused : undefined);
      });
      node.addEventListener('keydown', (event) => this.#onKey(event, index));
    });
  }

  #onKey(event: KeyboardEvent, index: number): void {
    if (isArrowKey(event.key)) {
      event.preventDefault();
      const [x, y] = this.#positions[index]!;
      const candidates = this.#neighbours
        [index]!.filter((other) => this.#isVisible(other))
        .map((other) => ({
          index: other,
          x: this.#positions[other]![0],
          y: this.#positions[other]![1],
        }));
      const next = pickInDirection({ index, x, y }, candidates, event.key);
      if (next !== undefined) this.#focusNode(next);
    } else if (event.key === '+' || event.key === '=') {
      this.#zoom.zoomBy(1.4);
    } else if (event.key === '-' || event.key === '−') {
      this.#zoom.zoomBy(1 / 1.4);
    } else if (event.key === '0') {
      this.#zoom.reset();
    }
  }

  /** Moves the single tab stop of the map to a topic, focuses it and keeps it in view. */
  #focusNode(index: number): void {
    for (const node of this.#nodes) node.setAttribute('tabindex', '-1');
    const node = this.#nodes[index]!;
    node.setAttribute('tabindex', '0');
    node.focus();
    const box = node.getBoundingClientRect();
    const stage = this.querySelector('.aa-topic-map__svg')!.getBoundingClientRect();
    const outside =
      box.left < stage.left ||
      box.right > stage.right ||
      box.top < stage.top ||
      box.bottom > stage.bottom;
    if (outside) this.#zoom.centerOn(...this.#positions[index]!);
  }

  /** Shows a topic's name and summary under the map and highlights its connections. */
  #showCaption(index: number | undefined): void {
    const caption = this.querySelector<HTMLElement>('.aa-topic-map__caption')!;
    caption.hidden = false;
    const highlight = this.querySelector('.aa-topic-map__highlight')!;
    highlight.replaceChildren();
    for (const node of this.#nodes) node.classList.remove('is-current', 'is-neighbour');
    if (index === undefined) {
      caption.textContent = this.dataset.captionHint ?? '';
      return;
    }
    const item = this.querySelector(`.aa-topic-map__list li[data-index="${index}"]`)!;
    const name = document.createElement('strong');
    name.append(
      ...[...item.querySelector('.aa-topic-list__name')!.childNodes].map((child) =>
        child.cloneNode(true),
      ),
    );
    const summary = item.querySelector('.aa-topic-list__summary')!.textContent!.trim();
    caption.replaceChildren(name, ` · ${summary}`);

    this.#nodes[index]!.classList.add('is-current');
    const [x1, y1] = this.#positions[index]!;
    for (const other of this.#neighbours[index]!.filter((candidate) =>
      this.#isVisible(candidate),
    )) {
      this.#nodes[other]!.classList.add('is-neighbour');
      const line = document.createElementNS(svgNamespace, 'line');
      const [x2, y2] = this.#positions[other]!;
      line.setAttribute('x1', String(x1));
      line.setAttribute('y1', String(y1));
      line.setAttribute('x2', String(x2));
      line.setAttribute('y2', String(y2));
      highlight.append(line);
    }
  }

  #isVisible(index: number): boolean {
    return !this.#hidden.has(this.#nodes[index]!.dataset.cluster!);
  }

  #bindFilters(): void {
    const legend = this.querySelector<HTMLFieldSetElement>('.aa-topic-map__legend')!;
    legend.addEventListener('change', () => {
      const boxes = [...legend.querySelectorAll<HTMLInputElement>('input[name="cluster"]')];
      this.#hidden = new Set(boxes.filter((box) => !box.checked).map((box) => box.value));
      this.#applyFilters(boxes);
    });
  }

  #applyFilters(boxes: HTMLInputElement[]): void {
    for (const element of this.querySelectorAll<SVGElement>('.aa-topic, .aa-topic__label')) {
      element.classList.toggle('is-filtered', this.#hidden.has(element.dataset.cluster!));
    }
    for (const path of this.querySelectorAll<SVGPathElement>('.aa-topic-edge')) {
      const clusters = path.dataset.clusters!.split(' ');
      path.classList.toggle(
        'is-filtered',
        clusters.some((cluster) => this.#hidden.has(cluster)),
      );
    }
    for (const section of this.querySelectorAll<HTMLElement>('.aa-topic-list')) {
      section.hidden = this.#hidden.has(section.dataset.cluster!);
    }
    if (!this.#isVisible(this.#focused)) {
      const first = this.#nodes.findIndex((_, index) => this.#isVisible(index));
      for (const node of this.#nodes) node.setAttribute('tabindex', '-1');
      if (first >= 0) {
        this.#focused = first;
        this.#nodes[first]!.setAttribute('tabindex', '0');
      }
    }
    this.#showCaption(undefined);

    const checked = boxes.filter((box) => box.checked);
    const status = this.querySelector('.aa-topic-map__status')!;
    if (checked.length === boxes.length) status.textContent = this.dataset.statusAll ?? '';
    else if (checked.length === 0) status.textContent = this.dataset.statusNone ?? '';
    else {
      const names = checked.map((box) => box.dataset.name ?? box.value);
      const list = new Intl.ListFormat(this.dataset.lang, { type: 'conjunction' }).format(names);
      status.textContent = `${this.dataset.statusSome ?? ''} ${list}.`;
    }
  }

  #bindToolbar(): void {
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.addEventListener('click', () =>
        this.#setView(button.dataset.view === 'list' ? 'list' : 'map'),
      );
    }
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
      button.addEventListener('click', () => {
        if (button.dataset.zoom === 'reset') this.#zoom.reset();
        else this.#zoom.zoomBy(button.dataset.zoom === 'in' ? 1.4 : 1 / 1.4);
      });
    }
  }

  #setView(view: 'map' | 'list'): void {
    this.dataset.view = view;
    this.querySelector<HTMLElement>('.aa-topic-map__stage')!.hidden = view === 'list';
    this.querySelector<HTMLElement>('.aa-topic-map__help')!.hidden = view === 'list';
    this.querySelector<HTMLElement>('.aa-topic-map__zoom')!.hidden = view === 'list';
    this.querySelector<HTMLElement>('.aa-topic-map__list')!.hidden = view === 'map';
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-view]')) {
      button.setAttribute('aria-pressed', String(button.dataset.view === view));
    }
  }
}

if (!customElements.get('aa-topic-map')) customElements.define('aa-topic-map', TopicMap);
