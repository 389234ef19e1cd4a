import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/**
 * Prints why each skipped test was skipped (the list reporter shows only that it was): a
 * skipped test must say so, and say why, in the run's output.
 */
export default class SkipReasonReporter implements Reporter {
  private readonly reasons = new Map<string, string[]>()

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status !== 'skipped') return
    const reason = [...result.annotations, ...test.annotations].find((annotation) => annotation.type === 'skip')?.description || 'no reason given'
    const titles = this.reasons.get(reason) ?? []
    titles.push(test.titlePath().filter(Boolean).join(' › '))
    this.reasons.set(reason, titles)
  }

  onEnd(): void {
    for (const [reason, titles] of this.reasons) {
      console.log(`\nSkipped ${titles.length} test(s): ${reason}`)
      for (const title of titles) console.log(`  - ${title}`)
    }
  }
}
