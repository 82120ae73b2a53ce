// Checks the page-weight budgets of a built site and prints the largest page of each type:
//   node scripts/check-budgets.mjs [dist]
// Exits with status 1 when a page is over its budget, naming the page and the budget.
import { checkBudgets, summarize } from './audit/budgets.mjs';

const distDir = process.argv[2] ?? 'dist';
const { measurements, problems } = checkBudgets(distDir);
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);
console.log('Page weight before interaction, largest page of each type (gzip KB):');
console.log('  type              pages   HTML    CSS     JS  requests');
for (const row of summarize(measurements)) {
  console.log(
    `  ${row.type.padEnd(16)} ${String(row.pages).padStart(5)} ${kb(row.htmlBytes)} ${kb(row.cssBytes)} ${kb(row.jsBytes)} ${String(row.requests).padStart(9)}`,
  );
}
if (problems.length > 0) {
  console.error(
    `\n${problems.length} page(s) over budget:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('All pages are within their budgets.');
