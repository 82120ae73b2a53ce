import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain closing line, "Tests: N passed, N failed, N skipped", which CI reads in place of
 * Vitest's own summary. Unhandled errors and modules that failed to load count as failures. Tests
 * that passed only on a retry are named above that line, so that a flaky test stays visible.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const flaky: string[] = [];
    for (const module of testModules) {
      const moduleErrors = module.errors().length;
      failed += moduleErrors;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (test.diagnostic()?.flaky) flaky.push(`${module.relativeModuleId} > ${test.fullName}`);
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    if (flaky.length > 0) {
      process.stdout.write(
        `\nPassed only on a retry (flaky):\n${flaky.map((name) => `  ${name}\n`).join('')}`,
      );
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
