// Runs axe-core in Chromium on one page of every type, in both languages, light and dark.
import { AxeBuilder } from '@axe-core/playwright';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Returns one message per axe violation: page, theme, rule, and the first affected elements. */
export async function checkAccessibility(
  context,
  origin,
  paths,
  { themes = ['light', 'dark'] } = {},
) {
  const problems = [];
  for (const path of paths) {
    for (const theme of themes) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ');
        problems.push(`${path} (${theme}): ${violation.id}: ${violation.help} [${targets}]`);
      }
      await page.close();
    }
  }
  return problems;
}
