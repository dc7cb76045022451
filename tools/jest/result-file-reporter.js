// Leaves each Jest run's totals in tmp/test-results so the test command can print one closing line.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class ResultFileReporter {
  constructor(globalConfig) {
    this.name = globalConfig.projects?.[0] ?? 'jest';
  }

  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', 'tmp', 'test-results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `jest-${process.pid}-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = ResultFileReporter;
