/** The explorer's filters, selection and view, as kept in the page URL so that a view can be shared. */
export interface ExplorerState {
  frameworks: Set<string>;
  types: Set<string>;
  groups: Set<string>;
  /** Index of the selected item in the node list. */
  selected: number | undefined;
  view: 'graph' | 'table';
}

export interface ExplorerOptions {
  frameworks: string[];
  types: string[];
  groups: string[];
  /** Node keys in list order, so that a selection travels as a readable key ("iso42001:A.6.2.4"). */
  keys: string[];
}

/**
 * Reads the state from a query string. A parameter that is absent means "all"; values that are not
 * valid options are ignored, so a hand-edited or stale link still opens a working view.
 */
export function readExplorerState(search: string, options: ExplorerOptions): ExplorerState {
  const params = new URLSearchParams(search);
  const pick = (name: string, allowed: string[]) => {
    const raw = params.get(name);
    if (raw === null) return new Set(allowed);
    const valid = raw.split(',').filter((value) => allowed.includes(value));
    // A link whose values are all unknown (stale or mistyped) falls back to showing everything.
    return new Set(valid.length > 0 || raw === '' ? valid : allowed);
  };
  const selectedKey = params.get('select');
  const selectedIndex = selectedKey === null ? -1 : options.keys.indexOf(selectedKey);
  return {
    frameworks: pick('frameworks', options.frameworks),
    types: pick('types', options.types),
    groups: pick('groups', options.groups),
    selected: selectedIndex >= 0 ? selectedIndex : undefined,
    view: params.get('view') === 'table' ? 'table' : 'graph',
  };
}

/** Writes the state into a URL, leaving out every parameter that still has its default value. */
export function writeExplorerState(
  href: string,
  state: ExplorerState,
  options: ExplorerOptions,
): string {
  const url = new URL(href);
  const write = (name: string, values: Set<string>, allowed: string[]) => {
    if (values.size === allowed.length) url.searchParams.delete(name);
    else url.searchParams.set(name, allowed.filter((value) => values.has(value)).join(','));
  };
  write('frameworks', state.frameworks, options.frameworks);
  write('types', state.types, options.types);
  write('groups', state.groups, options.groups);
  if (state.selected === undefined) url.searchParams.delete('select');
  else url.searchParams.set('select', options.keys[state.selected]!);
  if (state.view === 'table') url.searchParams.set('view', 'table');
  else url.searchParams.delete('view');
  return url.toString();
}
