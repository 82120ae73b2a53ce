import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../../src/catalog/glossary-schema';
import rehypeGlossaryLinks from '../../src/plugins/rehype-glossary-links';

const term = (id: string, en: string[], he: string[]): GlossaryTerm => ({
  id,
  en: {
    term: en[0]!,
    definition: 'A definition long enough for the schema to accept it.',
    aliases: en,
  },
  he: { term: he[0]!, definition: 'הגדרה ארוכה מספיק כדי שהסכמה תקבל אותה בלי בעיה.', aliases: he },
});

const terms = [
  term('control', ['control', 'controls'], ['בקרה', 'בקרות']),
  term('ai-system', ['AI system'], ['מערכת בינה מלאכותית']),
  term('eu-ai-act', ['EU AI Act'], ['חוק ה-AI']),
];

const text = (value: string): ElementContent => ({ type: 'text', value });
const element = (tagName: string, children: ElementContent[], properties = {}): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** Runs the plugin on a tree as if it were the body of a content file at `path`. */
function run(children: ElementContent[], path: string): Root {
  const tree: Root = { type: 'root', children };
  rehypeGlossaryLinks({ terms })(tree, { path });
  return tree;
}

/** Lists each glossary link of a tree as [href, text], in document order. */
function linksOf(node: Root | Element): [string, string][] {
  const links: [string, string][] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (
      child.tagName === 'a' &&
      (child.properties.className as string[] | undefined)?.includes('aa-term-link')
    ) {
      links.push([String(child.properties.href), (child.children[0] as { value: string }).value]);
    } else links.push(...linksOf(child));
  }
  return links;
}

describe('rehypeGlossaryLinks', () => {
  it('links only the first use of each term on a page', () => {
    const tree = run(
      [
        element('p', [text('Each control needs an owner. Controls and the control list')]),
        element('p', [text('follow the AI system, and every AI system has one.')]),
      ],
      '/site/content/en/guides/first-controls.mdx',
    );
    expect(linksOf(tree)).toEqual([
      ['/en/glossary/#control', 'control'],
      ['/en/glossary/#ai-system', 'AI system'],
    ]);
  });

  it('keeps the text around a link', () => {
    const tree = run(
      [element('p', [text('Each control needs an owner.')])],
      '/site/content/en/controls/a-2-2.mdx',
    );
    const paragraph = tree.children[0] as Element;
    expect(
      paragraph.children.map((child) => (child.type === 'text' ? child.value : 'LINK')),
    ).toEqual(['Each ', 'LINK', ' needs an owner.']);
  });

  it('skips headings, links, code and isolates', () => {
    const tree = run(
      [
        element('h2', [text('Which control applies')]),
        element('p', [element('a', [text('the control page')], { href: '/en/controls/' })]),
        element('p', [element('code', [text('control')])]),
        element('p', [element('span', [text('EU AI Act')], { dir: 'ltr' })]),
        element('ul', [element('li', [text('A control for each AI system under the EU AI Act.')])]),
      ],
      '/site/content/en/clauses/6.mdx',
    );
    expect(linksOf(tree)).toEqual([
      ['/en/glossary/#control', 'control'],
      ['/en/glossary/#ai-system', 'AI system'],
      ['/en/glossary/#eu-ai-act', 'EU AI Act'],
    ]);
    const list = tree.children[4] as Element;
    expect(linksOf(list)).toHaveLength(3);
  });

  it('links Hebrew uses with their prefixes to the Hebrew glossary', () => {
    const tree = run(
      [
        element('p', [
          text('לכל בקרה יש בעלים, והבקרות מתועדות לפי חוק ה-AI ובמערכת בינה מלאכותית.'),
        ]),
      ],
      '/site/content/he/controls/a-2-2.mdx',
    );
    expect(linksOf(tree)).toEqual([
      ['/he/glossary/#control', 'בקרה'],
      ['/he/glossary/#eu-ai-act', 'חוק ה-AI'],
      ['/he/glossary/#ai-system', 'ובמערכת בינה מלאכותית'],
    ]);
  });

  it('leaves files outside content/<lang>/ untouched', () => {
    const tree = run(
      [element('p', [text('Each control needs an owner.')])],
      '/site/src/pages/notes.md',
    );
    expect(linksOf(tree)).toEqual([]);
  });
});
