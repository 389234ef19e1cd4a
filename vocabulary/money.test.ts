import { describe, expect, it } from 'vitest'
import { formatRupees, formatRupeesCompact, paiseToDecimal } from './money'

describe('rupees from paise', () => {
  it('writes paise as an exact decimal string, sign and all', () => {
    expect(paiseToDecimal(12345)).toBe('123.45')
    expect(paiseToDecimal(5)).toBe('0.05')
    expect(paiseToDecimal(0)).toBe('0.00')
    expect(paiseToDecimal(-50)).toBe('-0.50')
    expect(paiseToDecimal(-123456)).toBe('-1234.56')
    // Past 2^53 / 100 a float would lose the paise; the string keeps them.
    expect(paiseToDecimal(900_719_925_474_099)).toBe('9007199254740.99')
  })

  it('formats with the rupee sign and Indian (lakh, crore) grouping', () => {
    expect(formatRupees(2_500_000)).toBe('₹25,000.00')
    expect(formatRupees(1_000_000_000)).toBe('₹1,00,00,000.00')
    expect(formatRupees(149_100)).toBe('₹1,491.00')
    expect(formatRupees(1005)).toBe('₹10.05')
    expect(formatRupees(0)).toBe('₹0.00')
    expect(formatRupees(-50)).toBe('-₹0.50')
  })

  it('writes chart axes compactly', () => {
    expect(formatRupeesCompact(12_000_000)).toBe('₹1.2L')
    expect(formatRupeesCompact(123_456_789)).toBe('₹12.3L')
  })
})
