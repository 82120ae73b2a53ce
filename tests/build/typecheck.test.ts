import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('TypeScript sources', () => {
  it('type-check in strict mode', { timeout: 180_000 }, () => {
    // astro:content's types live in .astro/, which a build or `astro sync` writes; sync here so
    // the check does not depend on how the site was built.
    const sync = spawnSync('npx', ['astro', 'sync'], { encoding: 'utf8' });
    expect(sync.status, sync.stdout + sync.stderr).toBe(0);
    const result = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
