import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeBidi, { isolateLatinIds } from '../../src/plugins/rehype-bidi';

const isolatedTexts = (text: string) =>
  isolateLatinIds(text)
    .filter((node): node is Element => node.type === 'element')
    .map((node) => (node.children[0] as { value: string }).value);

describe('isolateLatinIds', () => {
  it('isolates each id of a Hebrew list separately', () => {
    expect(isolatedTexts('בקרות A.6.2.4, A.6.2.5 ו-A.6.2.6 קשורות')).toEqual([
      'A.6.2.4',
      'A.6.2.5',
      'A.6.2.6',
    ]);
  });

  it('keeps a range as one island', () => {
    expect(isolatedTexts('הבקרות A.4.2–A.4.6 עוסקות במשאבים')).toEqual(['A.4.2–A.4.6']);
  });

  it('isolates standard names and NIST subcategories', () => {
    expect(isolatedTexts('לפי ISO/IEC 42001:2023 ו-GOVERN 1.1 וגם ISO 9001')).toEqual([
      'ISO/IEC 42001:2023',
      'GOVERN 1.1',
      'ISO 9001',
    ]);
  });

  it('keeps the surrounding text unchanged', () => {
    const nodes = isolateLatinIds('A.7.4 היא בקרת איכות נתונים');
    expect(nodes).toHaveLength(2);
    expect(nodes[1]).toEqual({ type: 'text', value: ' היא בקרת איכות נתונים' });
  });
});

describe('rehypeBidi', () => {
  const tree = (): Root => ({
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: 'A.7.4 בקרה' }],
      },
      {
        type: 'element',
        tagName: 'pre',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'code',
            properties: {},
            children: [{ type: 'text', value: '{"id": "A.7.4"}' }],
          },
        ],
      },
    ],
  });

  it('isolates ids only on Hebrew pages', () => {
    const hebrew = tree();
    rehypeBidi()(hebrew, { path: '/site/content/he/controls/a-7-4.mdx' });
    const english = tree();
    rehypeBidi()(english, { path: '/site/content/en/controls/a-7-4.mdx' });
    expect((hebrew.children[0] as Element).children[0]).toMatchObject({
      tagName: 'span',
      properties: { dir: 'ltr' },
    });
    expect((english.children[0] as Element).children[0]).toEqual({
      type: 'text',
      value: 'A.7.4 בקרה',
    });
  });

  it('marks code left to right and leaves its text alone', () => {
    const hebrew = tree();
    rehypeBidi()(hebrew, { path: '/site/content/he/guides/x.mdx' });
    const wrapper = hebrew.children[1] as Element;
    expect(wrapper.properties.className).toEqual(['aa-code']);
    const pre = wrapper.children[1] as Element;
    expect(pre.properties).toMatchObject({ dir: 'ltr', translate: 'no' });
    expect((pre.children[0] as Element).children).toEqual([
      { type: 'text', value: '{"id": "A.7.4"}' },
    ]);
  });
});
