import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../support/dist';

assertBuilt();
const hebrewPages = listPages().filter((path) => path.startsWith('/he/'));
/** Latin ids that must stay one left-to-right island inside Hebrew text. */
const latinId =
  /(?:^|[^\w.])([ABC]\.\d+(?:\.\d+){1,2}|ISO\/IEC \d{4,5}|(?:GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+)/;

/** Returns the text of an element without the text of its isolated (dir set), code and script descendants. */
function unisolatedText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (
        child.hasAttribute('dir') ||
        ['CODE', 'PRE', 'SCRIPT', 'STYLE', 'BDI'].includes(child.tagName)
      )
        continue;
      text += unisolatedText(child);
    }
  }
  return text;
}

describe('Hebrew pages', () => {
  it('isolate every Latin id in the page body', () => {
    const bare: string[] = [];
    for (const path of hebrewPages) {
      const body = loadPage(path).querySelector('body')!;
      const match = latinId.exec(unisolatedText(body));
      if (match) bare.push(`${path}: ${match[1]}`);
    }
    expect(bare).toEqual([]);
  });

  it('keep code blocks left to right', () => {
    for (const path of hebrewPages) {
      for (const pre of loadPage(path).querySelectorAll('pre')) {
        expect(pre.getAttribute('dir'), path).toBe('ltr');
      }
    }
  });

  it('use no maqaf in content, which hides words from search', () => {
    for (const path of hebrewPages) {
      expect(loadPage(path).querySelector('main')?.textContent ?? '', path).not.toContain('\u05be');
    }
  });
});
