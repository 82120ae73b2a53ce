import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('TypeScript sources', () => {
  // Runs after the build, which generates the astro:content types in .astro/.
  it('type-check in strict mode', { timeout: 180_000 }, () => {
    const result = spawnSync('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'], {
      encoding: 'utf8',
    });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
