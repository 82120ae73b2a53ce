import type { Element, ElementContent, Root, RootContent } from 'hast';
import { glossaryTermUrl, glossaryTerms, type GlossaryTerm } from '../catalog/glossary';
import type { Lang } from '../lib/languages';
import { createTermMatcher, type TermMatch } from '../lib/term-matcher';

/** Elements whose text is never linked: headings, links, code and scripts. */
const skippedTags = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math']);
const headingTag = /^h[1-6]$/;

/** Returns whether the plugin leaves an element's text alone: a skipped tag or a bidi isolate. */
function isSkipped(element: Element): boolean {
  if (skippedTags.has(element.tagName) || headingTag.test(element.tagName)) return true;
  return element.tagName === 'bdi' || element.properties?.dir !== undefined;
}

/**
 * Links the first use of each term in a tree to its glossary entry, in document order. Text in
 * headings, links, code and isolated (dir) elements is skipped. So an id such as A.6.2.4 or a
 * standard's name inside an isolate is never split, and no link is nested in another.
 */
export function linkFirstUses(
  tree: Root,
  find: (text: string) => TermMatch[],
  hrefFor: (id: string) => string,
): void {
  const linked = new Set<string>();

  const linkText = (text: string): ElementContent[] => {
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of find(text)) {
      if (linked.has(match.id)) continue;
      linked.add(match.id);
      if (match.start > last) parts.push({ type: 'text', value: text.slice(last, match.start) });
      parts.push({
        type: 'element',
        tagName: 'a',
        properties: { href: hrefFor(match.id), className: ['aa-term-link'] },
        children: [{ type: 'text', value: text.slice(match.start, match.end) }],
      });
      last = match.end;
    }
    if (last === 0) return [{ type: 'text', value: text }];
    if (last < text.length) parts.push({ type: 'text', value: text.slice(last) });
    return parts;
  };

  const visit = (node: Root | Element): void => {
    const children: (ElementContent | RootContent)[] = [];
    for (const child of node.children) {
      if (child.type === 'text') {
        children.push(...linkText(child.value));
        continue;
      }
      if (child.type === 'element' && !isSkipped(child)) visit(child);
      children.push(child);
    }
    node.children = children as typeof node.children;
  };
  visit(tree);
}

/** Returns the language of a content file from its path (content/<lang>/…), if it has one. */
function languageOf(path: string): Lang | undefined {
  const match = /[\\/]content[\\/](en|he)[\\/]/.exec(path);
  return match ? (match[1] as Lang) : undefined;
}

export interface GlossaryLinksOptions {
  terms?: GlossaryTerm[];
}

/**
 * Rehype plugin for content pages, the files under content/<lang>/. It links the first use of
 * each glossary term in the body to its entry on the glossary page of the same language. Register
 * it after rehypeBidi, so that the ids that plugin isolates are already out of reach.
 */
export default function rehypeGlossaryLinks(options: GlossaryLinksOptions = {}) {
  const terms = options.terms ?? glossaryTerms;
  const matchers = {
    en: createTermMatcher(
      terms.map((term) => ({ id: term.id, aliases: term.en.aliases, exclude: term.en.exclude })),
      'en',
    ),
    he: createTermMatcher(
      terms.map((term) => ({ id: term.id, aliases: term.he.aliases, exclude: term.he.exclude })),
      'he',
    ),
  };
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    const lang = languageOf(file.path ?? file.history?.[0] ?? '');
    if (!lang) return;
    linkFirstUses(tree, matchers[lang], (id) => glossaryTermUrl(lang, id));
  };
}
