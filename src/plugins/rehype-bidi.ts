import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { latinIdPattern } from '../lib/bidi';

const skippedTags = new Set(['code', 'pre', 'script', 'style', 'span']);

/** Wraps each Latin identifier in a text node in <span dir="ltr">, leaving other text as is. */
export function isolateLatinIds(text: string): ElementContent[] {
  const parts: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(latinIdPattern)) {
    if (match.index > last) parts.push({ type: 'text', value: text.slice(last, match.index) });
    parts.push({
      type: 'element',
      tagName: 'span',
      properties: { dir: 'ltr', className: ['aa-ltr'] },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
  return parts;
}

function isolateInChildren(node: Element | Root): void {
  const children: (ElementContent | RootContent)[] = [];
  for (const child of node.children) {
    if (child.type === 'text') {
      children.push(...isolateLatinIds((child as Text).value));
    } else {
      if (child.type === 'element' && !skippedTags.has(child.tagName)) isolateInChildren(child);
      children.push(child);
    }
  }
  node.children = children as typeof node.children;
}

/** Marks code as left-to-right and untranslatable, and wraps each block for its copy button. */
function prepareCode(node: Element | Root): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    if (child.tagName === 'code') {
      child.properties = { ...child.properties, dir: 'ltr', translate: 'no' };
      return child;
    }
    if (child.tagName === 'pre') {
      child.properties = { ...child.properties, dir: 'ltr', translate: 'no', tabIndex: 0 };
      for (const inner of child.children) {
        if (inner.type === 'element' && inner.tagName === 'code') {
          inner.properties = { ...inner.properties, dir: 'ltr', translate: 'no' };
        }
      }
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: ['aa-code'] },
        children: [
          {
            type: 'element',
            tagName: 'div',
            properties: { className: ['aa-code__bar'] },
            children: [],
          },
          child,
        ],
      } satisfies Element;
    }
    prepareCode(child);
    return child;
  }) as typeof node.children;
}

/**
 * Rehype plugin for every content page: code stays left to right, and on Hebrew pages (files
 * under content/he/) Latin ids become isolated left-to-right islands.
 */
export default function rehypeBidi() {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    prepareCode(tree);
    const path = file.path ?? file.history?.[0] ?? '';
    if (/[\\/]content[\\/]he[\\/]/.test(path)) isolateInChildren(tree);
  };
}
