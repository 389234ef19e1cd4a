import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * Electronegativity (Doyensec's Electron security scanner) over the shell's source, run
 * programmatically. The test fails on any HIGH finding, and on any file it could not parse
 * (a file it cannot parse is a file it did not check).
 *
 * Checks disabled, after review:
 * - AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: downloads Electron's release list from GitHub (and
 *   caches it in the OS temp folder). Tests stay offline; keeping Electron current is a
 *   dependency-update job, not a property of this code.
 *
 * MEDIUM findings it reports today, reviewed and accepted (they do not fail the test):
 * - PRELOAD_JS_CHECK (shell/window-options.ts, "review the use of preload scripts"): the preload
 *   exposes exactly `pos.invoke` through contextBridge, proven by preload.test.ts and by
 *   build.test.ts against the built bundle.
 * - CSP_GLOBAL_CHECK ("no CSP detected"): the scanner looks for a CSP meta tag or an
 *   onHeadersReceived hook. Ours is a header on every app:// response (shell/app-protocol.ts,
 *   checked in app-protocol.test.ts and main.test.ts) plus the renderer's meta tag, which lives
 *   outside electron/ (checked with Google's CSP evaluator in shell/csp.test.ts).
 * - OPEN_EXTERNAL_JS_CHECK, in shell/external-open.ts and core/invoice/invoice.handlers.ts only:
 *   the one call of shell.openExternal, behind an allow-list of https://wa.me/<digits> links
 *   (shell/external-open.test.ts), and the core's call of that port with a link it built itself.
 *
 * Note: Electronegativity always tries to fetch updated message translations first (1 s
 * timeout); offline it logs "Could not retrieve updated translations" and carries on.
 */

type Severity = { name: 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL'; value: number }
type Issue = { id: string; file: string; location: { line: number; column: number }; severity: Severity; manualReview?: boolean }
type ScanResult = { issues: Issue[]; errors: { file: string; message: string; tolerable: boolean }[]; atomicChecks: number; globalChecks: number }
type Run = (options: Record<string, unknown>, forCli?: boolean) => Promise<ScanResult>

const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Run
const DISABLED_CHECKS = ['AvailableSecurityFixesGlobalCheck']

function scan(input: string): Promise<ScanResult> {
  return run({ input, isRelative: true, electronVersionOverride: '45.4.1', excludeFromScan: DISABLED_CHECKS, severitySet: 'informational', confidenceSet: 'tentative' }, false)
}
const summary = (issues: Issue[]) => issues.map((issue) => `${issue.id} ${issue.severity.name} ${issue.file}:${issue.location.line}`)

const scratch = mkdtempSync(join(tmpdir(), 'parlour-electronegativity-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('Electronegativity', () => {
  it('reports HIGH findings on an insecure main process (so the scan below can fail)', async () => {
    writeFileSync(
      join(scratch, 'main.js'),
      `const { BrowserWindow } = require('electron')
const win = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true, webSecurity: false } })
win.loadURL('http://example.com')`,
    )
    const { issues } = await scan(scratch)
    const high = issues.filter((issue) => issue.severity.name === 'HIGH').map((issue) => issue.id)
    expect(high).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']))
  })

  it('finds nothing HIGH in electron/ and parses every file', async () => {
    const result = await scan(import.meta.dirname)
    expect(result.atomicChecks).toBeGreaterThan(30)
    expect(result.errors.filter((error) => !error.tolerable)).toEqual([])
    expect(summary(result.issues.filter((issue) => issue.severity.name === 'HIGH'))).toEqual([])
    // The accepted MEDIUM findings are the reviewed ones above and nothing new.
    const reviewed = new Set(['PRELOAD_JS_CHECK', 'CSP_GLOBAL_CHECK'])
    const allowListedOpen = (issue: Issue) => issue.id === 'OPEN_EXTERNAL_JS_CHECK' && ['shell/external-open.ts', 'core/invoice/invoice.handlers.ts'].includes(issue.file)
    expect(summary(result.issues.filter((issue) => issue.severity.name === 'MEDIUM' && !reviewed.has(issue.id) && !allowListedOpen(issue)))).toEqual([])
  })
})
