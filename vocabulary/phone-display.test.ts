import { describe, expect, it } from 'vitest'
import { formatPhone, maskedIndianMobile } from './phone-display'

describe('a phone on screen', () => {
  it('groups an Indian mobile 5 and 5, and leaves any other number as given', () => {
    expect(formatPhone('+919876543210')).toBe('+91 98765 43210')
    expect(formatPhone('+447911123456')).toBe('+447911123456')
    expect(formatPhone('+9198765432')).toBe('+9198765432')
    expect(formatPhone('')).toBe('')
  })

  it('masks an Indian mobile to its last 4 digits in the same grouping, and no other number', () => {
    expect(maskedIndianMobile('+919876543210')).toBe('+91 ••••• •3210')
    expect(maskedIndianMobile('+919876543210')?.length).toBe(formatPhone('+919876543210').length)
    expect(maskedIndianMobile('+447911123456')).toBeNull()
    expect(maskedIndianMobile('')).toBeNull()
  })
})
