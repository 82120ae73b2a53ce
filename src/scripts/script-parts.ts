/**
 * Keeps an upgraded island's script-only parts on screen: removes data-js-only from `root` and
 * from the elements inside it. If another script file of the page fails to load later, the page
 * falls back to its no-script presentation (data-js-failed in global.css), and controls that
 * already work must not disappear with it.
 */
export function claimScriptParts(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('[data-js-only]')]) {
    element.removeAttribute('data-js-only');
  }
}
