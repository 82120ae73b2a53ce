import { latinIdPattern } from './bidi';

/** Elements whose text is never rewritten: code, scripts, SVG, and places where markup cannot go. */
const skippedElements = new Set([
  'script',
  'style',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'title',
  'textarea',
]);
/** Elements that may hold only text: their ids are isolated with control characters instead. */
const textOnlyElements = new Set(['option']);
const voidElements = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const token =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+/gi;

/**
 * Isolates every Latin id in the text of a Hebrew page as a left-to-right island: ids in ordinary
 * text get <span dir="ltr">, ids in <option> get LRI…PDI, and text that is already isolated (inside
 * dir="ltr", dir="auto" or <bdi>), inside code or inside SVG is left alone. One linear pass over the HTML.
 */
export function isolateLatinIdsInHtml(html: string): string {
  const stack: { name: string; skip: boolean; textOnly: boolean }[] = [];
  let output = '';
  for (const match of html.matchAll(token)) {
    const [whole, closing, rawName, attributes = ''] = match;
    if (rawName === undefined) {
      const top = stack[stack.length - 1];
      if (whole.startsWith('<') || top?.skip) output += whole;
      else if (top?.textOnly) output += whole.replace(latinIdPattern, (id) => `\u2066${id}\u2069`);
      else
        output += whole.replace(
          latinIdPattern,
          (id) => `<span dir="ltr" class="aa-ltr">${id}</span>`,
        );
      continue;
    }
    output += whole;
    const name = rawName.toLowerCase();
    if (closing) {
      const index = stack.map((entry) => entry.name).lastIndexOf(name);
      if (index >= 0) stack.length = index;
    } else if (!voidElements.has(name) && !attributes.trimEnd().endsWith('/')) {
      const parentSkips = stack[stack.length - 1]?.skip ?? false;
      const isolated = name === 'bdi' || /\sdir\s*=\s*["']?(?:ltr|auto)/i.test(attributes);
      stack.push({
        name,
        skip: parentSkips || skippedElements.has(name) || isolated,
        textOnly: textOnlyElements.has(name),
      });
    }
  }
  return output;
}
