import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../../test/helpers/temp'
import { isAllowedNavigation } from './navigation-guard'
import { createAppProtocolHandler, resolveAppFile } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './csp'

function site() {
  const parent = tempDir()
  const root = join(parent, 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Parlour</title>')
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(parent, 'secret.txt'), 'outside the app')
  return { parent, root }
}

const TRAVERSALS = [
  'app://parlour/..%2f..%2fetc/passwd',
  'app://parlour/..%2fsecret.txt',
  'app://parlour/%2e%2e%2fsecret.txt',
  'app://parlour/assets/..%2f..%2fsecret.txt',
  'app://parlour/..%5csecret.txt',
  'app://parlour/%2fetc%2fpasswd',
  'app://parlour/index.html%00.js',
  'app://parlour//etc/passwd',
  'app://parlour/%E0%A4%A',
  'app://../../etc/passwd',
  'app://evil.test/index.html',
  'https://parlour/index.html',
  'file:///etc/passwd',
  'not a url',
]

describe('app:// protocol', () => {
  it('resolves the app files inside the renderer folder', () => {
    const { root } = site()
    expect(resolveAppFile(root, 'app://parlour/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://parlour/index.html')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://parlour/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'))
  })

  it.each(TRAVERSALS)('refuses %s (path traversal, another host or scheme, malformed)', (url) => {
    const { root, parent } = site()
    const resolved = resolveAppFile(root, url)
    expect(resolved === null || resolved.startsWith(join(root, '/'))).toBe(true)
    expect(resolved).not.toBe(join(parent, 'secret.txt'))
    if (url.includes('secret') || url.includes('passwd') || !url.startsWith('app://parlour/')) expect(resolved).toBeNull()
  })

  it('serves files with their type and the security headers, including the CSP', async () => {
    const { root } = site()
    const handle = createAppProtocolHandler(root)
    const page = await handle(new Request('app://parlour/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Parlour</title>')
    const script = await handle(new Request('app://parlour/assets/app.js'))
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('answers 404 for traversal, missing files and folders, and 405 for anything but GET/HEAD', async () => {
    const { root } = site()
    const handle = createAppProtocolHandler(root)
    for (const url of ['app://parlour/..%2fsecret.txt', 'app://parlour/missing.js', 'app://parlour/assets/', 'app://evil.test/index.html']) {
      const response = await handle(new Request(url))
      expect(response.status, url).toBe(404)
      expect(await response.text()).not.toContain('outside the app')
    }
    expect((await handle(new Request('app://parlour/index.html', { method: 'POST', body: 'x' }))).status).toBe(405)
  })
})

describe('navigation allow-list', () => {
  it('allows only the app page itself', () => {
    expect(isAllowedNavigation('app://parlour/index.html')).toBe(true)
    expect(isAllowedNavigation('app://parlour/')).toBe(true)
    expect(isAllowedNavigation('app://parlour/index.html#/customers')).toBe(true)
  })

  it.each([
    'https://evil.test',
    'https://evil.test/app://parlour/index.html',
    'http://parlour/index.html',
    'app://../../etc/passwd',
    'app://parlour/../../etc/passwd',
    'app://parlour/%2e%2e/%2e%2e/etc/passwd',
    'app://parlour.evil.test/index.html',
    'app://user@parlour/index.html',
    'app://parlour/other.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false)
  })
})
