import { describe, expect, it } from 'vitest';
import { assertBuilt, listPages, loadPage } from '../support/dist';

assertBuilt();
const hebrewPages = listPages().filter((path) => path.startsWith('/he/'));
/** Latin ids that must stay one left-to-right island inside Hebrew text. */
const latinId =
  /(?:^|[^\w.])([ABC]\.\d+(?:\.\d+){1,2}|ISO\/IEC \d{4,5}|(?:GOVERN|MAP|MEASURE|MANAGE) \d+\.\d+)/;

/** Elements whose text is isolated by other means, or is not running text. */
const skippedTags = ['CODE', 'PRE', 'SCRIPT', 'STYLE', 'BDI', 'SVG', 'svg'];

/** Returns the text of an element without the text of its left-to-right isolates, code and SVG. */
function unisolatedText(element: Element): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent;
    else if (node.nodeType === 1) {
      const child = node as Element;
      const isolated = ['ltr', 'auto'].includes(child.getAttribute('dir') ?? '');
      if (isolated || skippedTags.includes(child.tagName)) continue;
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
      // Text-only elements such as <option> isolate ids with LRI … PDI characters instead of markup.
      const match = latinId.exec(unisolatedText(body).replace(/\u2066[^\u2069]*\u2069/g, ''));
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

describe('isolated ids', () => {
  it('have no whitespace inside the isolate, where it would show on the wrong side', () => {
    const padded: string[] = [];
    for (const path of listPages()) {
      for (const element of loadPage(path).querySelectorAll('span[dir="ltr"], a[dir="ltr"], bdi')) {
        const text = element.textContent ?? '';
        if (text !== text.trim()) padded.push(`${path}: "${text}"`);
      }
    }
    expect(padded.slice(0, 20)).toEqual([]);
  });
});
