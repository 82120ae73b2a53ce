import { hebrewWordVariants, isHebrewWord, splitWords } from '../../lib/hebrew-search';

/**
 * Writes a Pagefind excerpt into an element as text only, keeping its <mark> highlights and also
 * marking Hebrew words that match the query after prefix and final-letter folding, which Pagefind
 * itself does not see.
 */
export function renderExcerpt(target: HTMLElement, excerpt: string, query: string): void {
  const stems = splitWords(query)
    .filter(isHebrewWord)
    .flatMap((word) => hebrewWordVariants(word))
    .filter((stem) => stem.length >= 3);
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') {
      target.append(mark(node.textContent ?? ''));
      continue;
    }
    for (const part of (node.textContent ?? '').split(/(\s+)/)) {
      const matches =
        stems.length > 0 &&
        isHebrewWord(part) &&
        hebrewWordVariants(part).some((variant) => stems.some((stem) => variant.startsWith(stem)));
      target.append(matches ? mark(part) : part);
    }
  }
}

function mark(text: string): HTMLElement {
  const element = document.createElement('mark');
  element.textContent = text;
  return element;
}
