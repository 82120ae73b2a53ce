const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character]!);
}

/** Wraps text in a left-to-right isolate for places where markup cannot go (titles, attributes). */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}

/**
 * Escapes a translated string and replaces each {{name}} placeholder left in it with trusted HTML,
 * so that an id can sit inside a sentence as an isolated element.
 */
export function fillHtml(translated: string, html: Record<string, string>): string {
  return escapeHtml(translated).replace(
    /\{\{(\w+)\}\}/g,
    (placeholder, name: string) => html[name] ?? placeholder,
  );
}

/** Returns an isolated, left-to-right span for a Latin id inside text of either direction. */
export function ltrSpan(id: string): string {
  return `<span dir="ltr" class="aa-ltr">${escapeHtml(id)}</span>`;
}
