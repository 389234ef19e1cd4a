import { describe, expect, it } from 'vitest'
import { classifyPhoneQuery, parsePhone } from './phone'

describe('parsePhone', () => {
  it.each([
    '+91 98765 43210',
    '9876543210',
    '098765 43210',
    '0091 98765 43210',
    '(+91) 98765-43210',
    '91-9876543210',
    '919876543210',
    ' 98765-432-10 ',
    '९८७६५ ४३२१०', // Devanagari digits map to ASCII
  ])('reads %j as +919876543210', (input) => {
    expect(parsePhone(input)).toEqual({ ok: true, e164: '+919876543210', last4: '3210' })
  })

  it.each(['12345', '98765432101', '+91 98765 4321O', '', '   ', 'abcdefghij', '5555555555', '022 2345 6789', '1'.repeat(40)])(
    'refuses %j with a message and no echo of the input',
    (input) => {
      const result = parsePhone(input)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.reason.length).toBeGreaterThan(5)
        if (input.trim().length >= 4) expect(result.reason).not.toContain(input.trim())
      }
    },
  )

  it('keeps valid international numbers in E.164', () => {
    expect(parsePhone('+44 7911 123456')).toMatchObject({ ok: true, e164: '+447911123456', last4: '3456' })
  })
})

describe('classifyPhoneQuery', () => {
  it('tells last-4, full numbers, partial digits and names apart', () => {
    expect(classifyPhoneQuery('3210')).toEqual({ kind: 'last4', digits: '3210' })
    expect(classifyPhoneQuery('98765 43210')).toEqual({ kind: 'full', e164: '+919876543210' })
    expect(classifyPhoneQuery('98765')).toEqual({ kind: 'partial-digits' })
    expect(classifyPhoneQuery('priya')).toEqual({ kind: 'not-phone' })
    expect(classifyPhoneQuery('priya 3210')).toEqual({ kind: 'not-phone' })
  })
})
