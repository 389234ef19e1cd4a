import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js'
import { Severity, type Finding } from 'csp_evaluator/dist/finding.js'
import { CspParser } from 'csp_evaluator/dist/parser.js'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from './csp'

const ROOT = join(import.meta.dirname, '..', '..')

/** The renderer's page as built (preferred) and as written; a fixture with the agreed meta if neither exists yet. */
const FIXTURE_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
<title>Parlour</title><script type="module" crossorigin src="./assets/index.js"></script></head><body><div id="root"></div></body></html>`
const found = ['dist/renderer/index.html', 'renderer/index.html'].filter((path) => existsSync(join(ROOT, path)))
const PAGES: [string, string][] = found.length > 0 ? found.map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]) : [['fixture page (no renderer page yet)', FIXTURE_PAGE]]

function evaluate(policy: string): Finding[] {
  return new CspEvaluator(new CspParser(policy).csp).evaluate()
}
const describeFindings = (findings: Finding[]) => findings.map((f) => `${f.directive}: ${f.description} (severity ${f.severity})`)

function metaPolicy(html: string): string | null {
  const tag = /<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i.exec(html)?.[0]
  if (!tag) return null
  return /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag)?.[1] ?? null
}

describe('Content-Security-Policy', () => {
  it('the evaluator flags a weak policy as high severity (so the checks below can fail)', () => {
    const weak = evaluate("script-src 'self' 'unsafe-inline' 'unsafe-eval' https:; object-src *")
    expect(weak.filter((f) => f.severity === Severity.HIGH).length).toBeGreaterThanOrEqual(3)
  })

  it('the header sent by the app protocol has no high, syntax or medium findings', () => {
    const findings = evaluate(CONTENT_SECURITY_POLICY)
    expect(describeFindings(findings.filter((f) => f.severity <= Severity.MEDIUM))).toEqual([])
  })

  it('the header forbids inline and eval scripts, plugins, remote origins, framing, <base> and form posts', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]))
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('form-action')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*|wss?:/)
  })

  it.each(PAGES)('%s carries a CSP meta with no high-severity or syntax findings', (_name, html) => {
    const policy = metaPolicy(html)
    expect(policy, 'the page has a Content-Security-Policy meta tag').not.toBeNull()
    const findings = evaluate(policy!)
    expect(describeFindings(findings.filter((f) => f.severity === Severity.HIGH || f.severity === Severity.SYNTAX))).toEqual([])
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
  })

  it.each(PAGES)('%s has no inline scripts or styles the policy would block', (_name, html) => {
    const inlineScripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes, body]) => !/\bsrc\s*=/.test(attributes ?? '') || (body ?? '').trim() !== '')
    expect(inlineScripts.map(([tag]) => tag)).toEqual([])
    expect(html).not.toMatch(/<style\b|\sstyle\s*=|\son[a-z]+\s*=/i)
  })
})
