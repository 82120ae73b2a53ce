import { describe, expect, it } from 'vitest';
import { validateHtml } from '../../scripts/audit/html.mjs';
import { assertBuilt, distDir } from '../support/dist';

assertBuilt();

// The same check as `npm run audit` and CI's static audit, so that `npm test` alone catches a page
// that stops validating.
describe('built HTML', () => {
  it('validates on every page with the project html-validate config', async () => {
    expect(await validateHtml(distDir)).toEqual([]);
  });
});
