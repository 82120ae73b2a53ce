import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage, resolveDistPath } from '../support/dist';

assertBuilt();

type Lang = 'en' | 'he';

interface MapData {
  positions: [number, number][];
  edges: [number, number][];
}

/** Reads the topic map of a built page: node hrefs, radii and labels, and the island's data. */
function readMap(path: string) {
  const document = loadPage(path);
  const map = document.querySelector('aa-topic-map');
  if (!map) throw new Error(`${path} has no <aa-topic-map>.`);
  const nodes = [...map.querySelectorAll('a.aa-topic')].map((node) => ({
    index: Number(node.getAttribute('data-index')),
    href: node.getAttribute('href')!,
    cluster: node.getAttribute('data-cluster')!,
    radius: Number(node.querySelector('circle')!.getAttribute('r')),
    name: node.getAttribute('aria-label')!,
  }));
  const data = JSON.parse(map.querySelector('.aa-topic-map__data')!.textContent!) as MapData;
  const labels = [...map.querySelectorAll('.aa-topic__label')].map((label) => label.textContent);
  const labelBaselines = [...map.querySelectorAll('.aa-topic__label')].map((label) =>
    Number(label.getAttribute('y')),
  );
  const listItems = [...map.querySelectorAll('.aa-topic-map__list li')].map((item) => ({
    index: Number(item.getAttribute('data-index')),
    href: item.querySelector('a')!.getAttribute('href')!,
  }));
  const legend = Object.fromEntries(
    [...map.querySelectorAll('.aa-topic-map__legend input')].map((input) => [
      input.getAttribute('value')!,
      Number(/\((\d+)\)/.exec(input.closest('label')!.textContent!)![1]),
    ]),
  );
  const [, , width, height] = map
    .querySelector('svg')!
    .getAttribute('viewBox')!
    .split(' ')
    .map(Number);
  return { nodes, data, labels, labelBaselines, listItems, legend, width: width!, height: height! };
}

/** Every indexable page of a language, as built: the pages the map must show. */
const builtPages = (lang: Lang) =>
  listPages().filter((path) => path.startsWith(`/${lang}/`) && !path.endsWith('/404/'));

/** Returns the set of pages each page is related to on the map, by href. */
function neighboursByHref(map: ReturnType<typeof readMap>): Map<string, Set<string>> {
  const neighbours = new Map(map.nodes.map((node) => [node.href, new Set<string>()]));
  for (const [a, b] of map.data.edges) {
    neighbours.get(map.nodes[a]!.href)!.add(map.nodes[b]!.href);
    neighbours.get(map.nodes[b]!.href)!.add(map.nodes[a]!.href);
  }
  return neighbours;
}

describe.each(['en', 'he'] as const)('topic map in %s', (lang) => {
  const topics = readMap(`/${lang}/topics/`);
  const home = readMap(`/${lang}/`);
  const hrefs = topics.nodes.map((node) => node.href);

  it('matches topics and built pages one to one', () => {
    expect([...hrefs].sort()).toEqual(builtPages(lang).sort());
    expect(new Set(hrefs).size).toBe(hrefs.length);
    for (const href of hrefs) expect(resolveDistPath(href), href).toBeDefined();
  });

  it('embeds the same map on the home page', () => {
    expect(home.nodes).toEqual(topics.nodes);
    expect(home.data).toEqual(topics.data);
  });

  it('lists the same topics in the list', () => {
    const byIndex = new Map(topics.listItems.map((item) => [item.index, item.href]));
    expect(topics.listItems).toHaveLength(topics.nodes.length);
    for (const node of topics.nodes) expect(byIndex.get(node.index), node.href).toBe(node.href);
  });

  it('draws edges from real relations', () => {
    const neighbours = neighboursByHref(topics);
    const expectRelated = (a: string, b: string) =>
      expect(neighbours.get(`/${lang}/${a}`)?.has(`/${lang}/${b}`), `${a} ↔ ${b}`).toBe(true);

    // The site contents: a section and its pages, and a framework under Frameworks.
    expectRelated('', 'guides/');
    expectRelated('controls/', 'controls/a-6-2-4/');
    expectRelated('frameworks/', 'iso27001/');
    expectRelated('iso27001/', 'iso27001/clauses/4/');
    // Related controls in the frontmatter of a control and of a clause.
    expectRelated('controls/a-6-2-4/', 'controls/a-6-2-2/');
    expectRelated('controls/a-6-2-4/', 'controls/a-7-4/');
    expectRelated('clauses/6/', 'controls/a-5-2/');
    // A link in the text of the readiness roadmap guide.
    expectRelated('guides/readiness-roadmap/', 'guides/first-controls/');
    // Mapping links: 27001 clause 4.1, EU AI Act Article 4 and GOVERN 1.1 to ISO/IEC 42001.
    expectRelated('iso27001/clauses/4/', 'clauses/4/');
    expectRelated('eu-ai-act/article-4/', 'clauses/7/');
    expectRelated('nist-ai-rmf/govern-1-1/', 'clauses/4/');
  });

  it('lists each edge once', () => {
    const keys = topics.data.edges.map(([a, b]) => `${a} ${b}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [a, b] of topics.data.edges) expect(a).toBeLessThan(b);
  });

  it('sizes topics by connections', () => {
    const degrees = topics.nodes.map(() => 0);
    for (const [a, b] of topics.data.edges) {
      degrees[a]!++;
      degrees[b]!++;
    }
    const order = topics.nodes.map((node, index) => ({
      radius: node.radius,
      degree: degrees[index]!,
    }));
    order.sort((a, b) => a.degree - b.degree);
    for (let index = 1; index < order.length; index++) {
      expect(order[index]!.radius).toBeGreaterThanOrEqual(order[index - 1]!.radius);
    }
    expect(Math.max(...degrees)).toBeGreaterThan(50);
    expect(Math.min(...degrees)).toBeGreaterThan(0);
  });

  it('gives each topic an accessible name', () => {
    const node = topics.nodes.find((candidate) => candidate.href === `/${lang}/controls/a-6-2-4/`)!;
    const degree = topics.data.edges.filter((edge) => edge.includes(node.index)).length;
    const expected =
      lang === 'en'
        ? `A.6.2.4 AI system verification and validation, Annex A groups, ${degree} connections`
        : `\u2066A.6.2.4\u2069 אימות ותיקוף של מערכת בינה מלאכותית, קבוצות נספח A, ${degree} קשרים`;
    expect(node.name).toBe(expected);
  });

  it('counts each cluster in the legend', () => {
    expect(topics.legend).toMatchObject({
      standards: 1 + 7 + 93,
      regulations: 1 + 113 + 13,
      frameworks: 1 + 72 + 1,
      clauses: 1 + 7,
      'annex-a': 1 + 38,
      guides: 1 + 5,
      faq: 1,
    });
    const total = Object.values(topics.legend).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(topics.nodes.length);
    for (const node of topics.nodes.filter((candidate) => candidate.cluster === 'site')) {
      expect(node.href).toMatch(
        /^\/(en|he)\/(|search\/|sitemap\/|glossary\/|topics\/|assessment\/|explorer\/|downloads\/|coverage\/.*)$/,
      );
    }
  });

  it('labels the hub topics', () => {
    const expected =
      lang === 'en'
        ? ['Home', 'Guides', 'Readiness roadmap', '6 Planning', 'Annex A controls', 'EU AI Act']
        : [
            'דף הבית',
            'מדריכים',
            'מפת דרכים למוכנות',
            '6 תכנון',
            'בקרות נספח A',
            'חוק ה-AI האירופי',
          ];
    for (const label of expected) expect(topics.labels).toContain(label);
    expect(topics.labels.length).toBeGreaterThanOrEqual(28);
    expect(topics.labels.length).toBeLessThanOrEqual(40);
  });
});

describe('topic map layout', () => {
  const english = readMap('/en/topics/');
  const hebrew = readMap('/he/topics/');

  it('mirrors the English layout on Hebrew pages', () => {
    expect(hebrew.width).toBe(english.width);
    expect(hebrew.height).toBe(english.height);
    expect(hebrew.data.positions).toHaveLength(english.data.positions.length);
    english.data.positions.forEach(([x, y], index) => {
      const [mirroredX, mirroredY] = hebrew.data.positions[index]!;
      expect(mirroredX).toBeCloseTo(english.width - x, 1);
      expect(mirroredY).toBe(y);
    });
  });

  it('keeps every topic and label inside the drawing', () => {
    english.data.positions.forEach(([x, y], index) => {
      const radius = english.nodes[index]!.radius;
      expect(x - radius).toBeGreaterThanOrEqual(0);
      expect(x + radius).toBeLessThanOrEqual(english.width);
      expect(y - radius).toBeGreaterThanOrEqual(0);
      expect(y + radius).toBeLessThanOrEqual(english.height);
    });
    for (const baseline of english.labelBaselines) {
      expect(baseline + 4).toBeLessThanOrEqual(english.height);
    }
  });

  it('gives both languages the same edges', () => {
    expect(hebrew.data.edges).toEqual(english.data.edges);
  });
});
