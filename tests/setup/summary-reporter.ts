import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node'

/**
 * Prints one closing line, `Tests: N passed, N failed[, N skipped]`, after Vitest's own
 * summary, in the plain form that CI tooling reads. A file that failed to load, or an
 * error outside any test, counts as a failure.
 */
export default class SummaryReporter implements Reporter {
  private line = ''

  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const testModule of testModules) {
      let failedHere = 0
      for (const test of testModule.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failedHere++
        else skipped++
      }
      if (failedHere === 0 && testModule.state() === 'failed') failedHere = 1
      failed += failedHere
    }
    failed += unhandledErrors.length
    // A run that failed before any test (the server would not start, say) is not a clean run.
    if (reason === 'failed' && failed === 0) failed = 1
    this.line = `Tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`
  }

  // Vitest calls both end hooks at once; the default reporter prints its summary in
  // onFinished, so the line waits a tick to come after it.
  async onFinished() {
    await new Promise((resolve) => setImmediate(resolve))
    if (this.line) process.stdout.write(`${this.line}\n`)
  }
}
