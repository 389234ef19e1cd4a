import { describe, expect, it } from 'vitest'
import { classifyPhoneQuery, maskedPhone, parsePhone, readSearchQuery } from './phone'

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

describe('parsePhone says why a number is not a mobile', () => {
  it.each([
    ['5555555555', 'Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.'],
    ['1234567890', 'Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.'],
    ['0000000000', 'Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.'],
    ['98765432101', 'An Indian mobile number has 10 digits; this has 11.'],
    ['98765 4321', 'An Indian mobile number has 10 digits; this has 9.'],
  ])('%j: %s', (input, reason) => {
    expect(parsePhone(input)).toEqual({ ok: false, reason })
  })
})

describe('readSearchQuery', () => {
  it('reads names, last 4 digits, whole mobiles, digits on the way and digits that cannot be a mobile', () => {
    expect(readSearchQuery('priya')).toEqual({ kind: 'name' })
    expect(readSearchQuery('9820')).toEqual({ kind: 'last4', digits: '9820' })
    expect(readSearchQuery('98200')).toEqual({ kind: 'partial-phone', typed: 5 })
    expect(readSearchQuery('+44 7911')).toEqual({ kind: 'partial-phone', typed: 6 })
    expect(readSearchQuery('98200 12345')).toEqual({ kind: 'phone', e164: '+919820012345' })
    expect(readSearchQuery('९८२०० १२३४५')).toEqual({ kind: 'phone', e164: '+919820012345' })
    for (const notMobile of ['5555555555', '1234567890', '0000000000', '98765432101']) {
      expect(readSearchQuery(notMobile)).toMatchObject({ kind: 'not-a-mobile' })
    }
  })
})

describe('maskedPhone', () => {
  it('hides every digit but the last 4, grouped as an Indian mobile is read', () => {
    expect(maskedPhone('+919876543210')).toBe('+91 ••••• •3210')
  })
  it('keeps the country code of an international number and hides the rest but the last 4', () => {
    expect(maskedPhone('+447911123456')).toBe('+44 ••••••3456')
    expect(maskedPhone('+14155550100')).toBe('+1 ••••••0100')
  })
  it('shows no other digit of the number', () => {
    for (const e164 of ['+919876543210', '+447911123456', '+14155550100']) {
      expect(maskedPhone(e164).replace(/\D/g, '')).toBe(`${e164.startsWith('+91') ? '91' : e164.startsWith('+44') ? '44' : '1'}${e164.slice(-4)}`)
    }
  })
  it('leaves an unreadable phone empty', () => {
    expect(maskedPhone('')).toBe('')
  })
})
