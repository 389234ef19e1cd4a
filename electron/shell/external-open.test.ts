import { describe, expect, it } from 'vitest'
import { createExternalOpener, isAllowedExternalUrl } from './external-open'

describe('opening addresses outside Parlour', () => {
  it.each(['https://wa.me/919876543210?text=Hello', 'https://wa.me/919876543210', 'https://wa.me/919876543210?text=Bill%20SAL-26-0001%0A%E2%82%B9680'])('allows the WhatsApp link %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://wa.me/919876543210',
    'https://wa.me.evil.example/919876543210',
    'https://evil.example/?https://wa.me/919876543210',
    'https://user:pw@wa.me/919876543210',
    'https://wa.me:8443/919876543210',
    'https://wa.me/919876543210/../../x',
    'https://wa.me/settings',
    'https://api.whatsapp.com/send?phone=919876543210',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'mailto:someone@example.com',
    'https://wa.me/919876543210#x',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false)
  })

  it('hands only allowed links to the shell, and refuses the rest without calling it', async () => {
    const opened: string[] = []
    const open = createExternalOpener({ openExternal: async (url) => void opened.push(url) })
    await open('https://wa.me/919876543210?text=Hi')
    await expect(open('https://example.com/')).rejects.toThrow(/Only WhatsApp links/)
    await expect(open('file:///etc/passwd')).rejects.toThrow(/Only WhatsApp links/)
    expect(opened).toEqual(['https://wa.me/919876543210?text=Hi'])
  })
})
