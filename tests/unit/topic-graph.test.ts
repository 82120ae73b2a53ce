import { describe, expect, it } from 'vitest';
import { clusterOfPath, parentOfPath } from '../../src/lib/topic-clusters';
import { buildEdges, buildTopicGraph, topicRadius } from '../../src/lib/topic-graph';

describe('clusterOfPath', () => {
  it.each([
    ['', 'site'],
    ['search/', 'site'],
    ['coverage/iso27001/iso42001/', 'site'],
    ['guides/', 'guides'],
    ['guides/readiness-roadmap/', 'guides'],
    ['faq/', 'faq'],
    ['clauses/6/', 'clauses'],
    ['controls/a-6-2-4/', 'annex-a'],
    ['iso27001/clauses/4/', 'standards'],
    ['iso27001/a-5-23/', 'standards'],
    ['eu-ai-act/article-9/', 'regulations'],
    ['nist-ai-rmf/govern-1-1/', 'frameworks'],
    ['frameworks/', 'frameworks'],
  ])('puts "%s" in the %s cluster', (path, cluster) => {
    expect(clusterOfPath(path)).toBe(cluster);
  });
});

describe('parentOfPath', () => {
  it.each([
    ['', undefined],
    ['guides/', ''],
    ['glossary/', ''],
    ['guides/readiness-roadmap/', 'guides/'],
    ['iso27001/clauses/4/', 'iso27001/'],
    ['coverage/iso27001/iso42001/', 'coverage/'],
    ['iso27001/', 'frameworks/'],
    ['explorer/', 'frameworks/'],
  ])('puts "%s" under "%s"', (path, parent) => {
    expect(parentOfPath(path)).toBe(parent);
  });
});

describe('buildEdges', () => {
  const paths = ['', 'guides/', 'guides/a/', 'guides/b/'];

  it('keeps each pair once, in index order', () => {
    expect(
      buildEdges(paths, [
        ['guides/a/', 'guides/'],
        ['guides/', 'guides/a/'],
        ['guides/b/', ''],
      ]),
    ).toEqual([
      [1, 2],
      [0, 3],
    ]);
  });

  it('drops self-relations and paths that are no page', () => {
    expect(
      buildEdges(paths, [
        ['guides/a/', 'guides/a/'],
        ['guides/a/', 'guides/missing/'],
      ]),
    ).toEqual([]);
  });
});

describe('topicRadius', () => {
  it('grows with the degree up to a cap', () => {
    const radii = [0, 1, 4, 16, 64, 400].map(topicRadius);
    expect(radii).toEqual([...radii].sort((a, b) => a - b));
    expect(radii[0]).toBe(3.5);
    expect(radii[3]).toBe(9.9);
    expect(radii[5]).toBe(24);
  });
});

describe('buildTopicGraph', () => {
  const paths = ['', 'guides/', 'guides/a/', 'controls/', 'controls/a-6-2-4/', 'controls/a-7-4/'];
  const graph = buildTopicGraph({
    paths,
    relations: [
      ['guides/', ''],
      ['guides/a/', 'guides/'],
      ['controls/', ''],
      ['controls/a-6-2-4/', 'controls/'],
      ['controls/a-7-4/', 'controls/'],
      ['controls/a-6-2-4/', 'controls/a-7-4/'],
      ['guides/a/', 'controls/a-7-4/'],
    ],
    labels: new Map([['guides/', ['Guides', 'מדריכים']]]),
    annexGroupOf: (path) => ({ 'controls/a-6-2-4/': 'A.6', 'controls/a-7-4/': 'A.7' })[path],
  });

  it('makes one topic per path, in order', () => {
    expect(graph.topics.map((topic) => topic.path)).toEqual(paths);
  });

  it('counts the distinct neighbours of each topic', () => {
    expect(graph.topics.map((topic) => topic.degree)).toEqual([2, 2, 2, 3, 2, 3]);
  });

  it('sizes topics by degree', () => {
    for (const topic of graph.topics) expect(topic.radius).toBe(topicRadius(topic.degree));
  });

  it('records the Annex A group of control pages', () => {
    expect(graph.topics.map((topic) => topic.annexGroup)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'A.6',
      'A.7',
    ]);
  });

  it('places every topic inside the map', () => {
    for (const topic of graph.topics) {
      expect(topic.x).toBeGreaterThan(0);
      expect(topic.x).toBeLessThan(graph.width);
      expect(topic.y).toBeGreaterThan(0);
      expect(topic.y).toBeLessThan(graph.height);
    }
  });
});
