// Writes a synthetic mapping-explorer page with a chosen number of items and links, built from the
// real explorer page in dist/ and laid out with d3-force like the real one. The benchmark and the
// large-graph browser test use it to measure the explorer on a graph larger than the catalog.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3';

const frameworks = ['iso42001', 'iso27001', 'eu-ai-act', 'nist-ai-rmf'];
const centers = {
  iso42001: [0.5, 0.5],
  iso27001: [0.17, 0.32],
  'eu-ai-act': [0.83, 0.32],
  'nist-ai-rmf': [0.5, 0.86],
};

/** Returns a small deterministic random source, so every run measures the same graph. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function buildGraph(nodeCount, linkCount) {
  const next = random(7);
  const nodes = Array.from({ length: nodeCount }, (_, index) => {
    const framework = frameworks[index % frameworks.length];
    return {
      key: `${framework}:X.${index}`,
      framework,
      group: 'clauses',
      id: `X.${index}`,
      label: `X.${index}`,
      title: `Item ${index}`,
      href: '#',
      r: 5,
    };
  });
  const hubs = nodes.filter((node) => node.framework === 'iso42001');
  const links = [];
  const seen = new Set();
  while (links.length < linkCount) {
    const s = Math.floor(next() * nodeCount);
    const target = nodes.indexOf(hubs[Math.floor(next() * hubs.length)]);
    if (s === target || seen.has(`${s}-${target}`)) continue;
    seen.add(`${s}-${target}`);
    links.push({
      s,
      t: target,
      type: 'intersect',
      strength: 5,
      rationale: 'Synthetic link.',
      source: 'fixture',
    });
  }
  const simulation = forceSimulation(nodes.map((node) => ({ ...node })))
    .randomSource(random(42))
    .force(
      'link',
      forceLink(links.map((link) => ({ source: link.s, target: link.t })))
        .distance(40)
        .strength(0.05),
    )
    .force('charge', forceManyBody().strength(-20).distanceMax(200))
    .force('x', forceX((node) => centers[node.framework][0] * 1400).strength(0.12))
    .force('y', forceY((node) => centers[node.framework][1] * 1000).strength(0.12))
    .force('collide', forceCollide(12))
    .stop();
  for (let tick = 0; tick < 300; tick++) simulation.tick();
  simulation.nodes().forEach((node, index) => {
    nodes[index].x = Math.round(Math.min(1376, Math.max(24, node.x)));
    nodes[index].y = Math.round(Math.min(976, Math.max(24, node.y)));
  });
  return { nodes, links };
}

function escape(text) {
  return String(text).replace(
    /[&<>"]/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[character],
  );
}

/**
 * Writes `<outDir>/en/graph-fixture/index.html` next to copies of the real assets and returns its
 * path; `distDir` must hold a built site.
 */
export function writeGraphFixture(
  distDir,
  outDir,
  { nodes: nodeCount = 500, links: linkCount = 1500 } = {},
) {
  const page = readFileSync(join(distDir, 'en/explorer/index.html'), 'utf8');
  const { nodes, links } = buildGraph(nodeCount, linkCount);
  const lines = links
    .map((link, index) => {
      const a = nodes[link.s];
      const b = nodes[link.t];
      return `<line class="aa-edge aa-edge--intersect" data-index="${index}" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}"></line>`;
    })
    .join('');
  const groups = nodes
    .map(
      (node, index) =>
        `<g class="aa-node aa-node--${node.framework}" data-index="${index}" transform="translate(${node.x} ${node.y})" role="button" tabindex="${index === 0 ? 0 : -1}" aria-label="${escape(node.title)}"><circle r="${node.r}"></circle><text y="15" text-anchor="middle" direction="ltr">${escape(node.label)}</text></g>`,
    )
    .join('');
  const rows = links
    .map(
      (link, index) =>
        `<tr data-index="${index}"><td>${nodes[link.s].id}</td><td>Intersects</td><td>${nodes[link.t].id}</td><td>5</td></tr>`,
    )
    .join('');
  const html = page
    .replace(
      /(<g class="aa-explorer__links">)[\s\S]*?(<\/g>\s*<g class="aa-explorer__nodes">)/,
      `$1${lines}$2`,
    )
    .replace(/(<g class="aa-explorer__nodes">)[\s\S]*?(<\/g>\s*<\/g>\s*<\/svg>)/, `$1${groups}$2`)
    .replace(/(<table class="aa-explorer__table"[\s\S]*?<tbody>)[\s\S]*?(<\/tbody>)/, `$1${rows}$2`)
    .replace(
      /(<script type="application\/json" class="aa-explorer__data">)[\s\S]*?(<\/script>)/,
      `$1${JSON.stringify({ nodes, links }).replaceAll('<', '\\u003c')}$2`,
    )
    // Groups of the real catalog do not exist in the fixture, so its one group must be offered.
    .replace(
      /<details class="aa-explorer__groups">[\s\S]*?<\/details>/,
      frameworks
        .map((id) => `<input type="checkbox" name="group" value="${id}|clauses" checked hidden>`)
        .join(''),
    );
  mkdirSync(join(outDir, 'en/graph-fixture'), { recursive: true });
  const file = join(outDir, 'en/graph-fixture/index.html');
  writeFileSync(file, html);
  return file;
}
