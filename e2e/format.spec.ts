import fc from 'fast-check'
import { expect, test } from '@playwright/test'
import { parseDayFirst, toDayFirst } from '../renderer/src/format/date-input'
import { asciiDigits, formatPaise, paiseToInput, parseDiscount, parseRupees, percentOf } from '../renderer/src/format/money'
import { formatPhone } from '../renderer/src/format/phone'
import { daysUntilBirthday, formatDateTime, relativeDay, zonedIso } from '../renderer/src/format/time'

/**
 * The renderer's formatting, in Node (no browser needed): money typed in rupees becomes exact
 * integer paise, amounts read in lakh grouping, salon times are shown as written.
 */
test.describe('money', () => {
  test('rupees typed become exact paise, never through a float', () => {
    expect(parseRupees('0.29')).toEqual({ ok: true, paise: 29 }) // 0.29 * 100 = 28.999999999999996 in floating point
    expect(parseRupees('1,234.56')).toEqual({ ok: true, paise: 123456 })
    expect(parseRupees('₹ 450.5')).toEqual({ ok: true, paise: 45050 })
    expect(parseRupees('.5')).toEqual({ ok: true, paise: 50 })
    expect(parseRupees('1,00,00,000')).toEqual({ ok: true, paise: 1_000_000_000 })
    for (const bad of ['', 'abc', '1.234', '-5', '1e3', '.', '10,000,000.01']) expect(parseRupees(bad).ok, bad).toBe(false)
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (paise) => parseRupees(paiseToInput(paise)).ok && (parseRupees(paiseToInput(paise)) as { paise: number }).paise === paise))
  })

  test('rupees as people write them: 650/-, Rs. 650, ₹650, INR, Devanagari and other Indian digits', () => {
    for (const typed of ['650', '650/-', '650 /-', 'Rs. 650', 'Rs.650', 'rs 650', 'RS. 650/-', '₹650', '₹ 650', 'INR 650', '650 rupees', '६५०', '৬৫০', '૬૫૦', '６５０', '₹६५०/-']) {
      expect(parseRupees(typed), typed).toEqual({ ok: true, paise: 65_000 })
    }
    expect(parseRupees('१,२००.५०')).toEqual({ ok: true, paise: 120_050 })
    for (const bad of ['Rs.', '/-', '₹-650', '650-', 'Rs 6५x']) expect(parseRupees(bad).ok, bad).toBe(false)
    // Any amount, written any of these ways, reads back exactly.
    const devanagari = (text: string) => text.replace(/\d/g, (digit) => String.fromCodePoint(0x0966 + Number(digit)))
    const dressings = [(t: string) => `${t}/-`, (t: string) => `Rs. ${t}`, (t: string) => `₹${t}`, devanagari, (t: string) => `INR ${devanagari(t)}/-`]
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: dressings.length - 1 }), (paise, which) => {
        const typed = (dressings[which] ?? String)(paiseToInput(paise))
        const read = parseRupees(typed)
        return read.ok && read.paise === paise && asciiDigits(typed).includes(paiseToInput(paise))
      }),
    )
  })

  test('a discount is rupees or a percentage of the subtotal, rounded to the paisa in integers', () => {
    expect(parseDiscount('10%')).toEqual({ ok: true, kind: 'percent', basisPoints: 1000 })
    expect(parseDiscount('12.5 %')).toEqual({ ok: true, kind: 'percent', basisPoints: 1250 })
    expect(parseDiscount('१०%')).toEqual({ ok: true, kind: 'percent', basisPoints: 1000 })
    expect(parseDiscount('Rs. 100/-')).toEqual({ ok: true, kind: 'rupees', paise: 10_000 })
    for (const bad of ['101%', '%', '10.555%', '-5%', 'ten %']) expect(parseDiscount(bad).ok, bad).toBe(false)
    expect(percentOf(65_000, 1000)).toBe(6_500)
    expect(percentOf(9_999, 1250)).toBe(1_250) // 1249.875 paise → 1250
    expect(percentOf(1, 5000)).toBe(1) // half a paisa rounds up
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.integer({ min: 0, max: 10_000 }), (subtotal, basisPoints) => {
        const discount = percentOf(subtotal, basisPoints)
        // Within half a paisa of the exact share, never more than the subtotal.
        const exactTimes10000 = subtotal * basisPoints
        return Number.isInteger(discount) && discount <= subtotal && Math.abs(discount * 10_000 - exactTimes10000) <= 5_000
      }),
    )
  })

  test('amounts show as Indian rupees with lakh grouping', () => {
    expect(formatPaise(2_500_000)).toBe('₹25,000.00')
    expect(formatPaise(1_234_567_890)).toBe('₹1,23,45,678.90')
    expect(formatPaise(5)).toBe('₹0.05')
    expect(formatPaise(-68_300)).toBe('-₹683.00')
  })
})

test.describe('phones and times', () => {
  test('an E.164 Indian mobile reads as +91 98765 43210', () => {
    expect(formatPhone('+919876543210')).toBe('+91 98765 43210')
    expect(formatPhone('+14155550100')).toBe('+14155550100')
  })

  test('salon times are shown as written, in any machine zone', () => {
    expect(formatDateTime('2026-11-24T23:30:00+05:30')).toBe('24 Nov 2026, 11:30 pm')
    expect(formatDateTime('2026-11-24T00:05:00+05:30')).toBe('24 Nov 2026, 12:05 am')
    expect(zonedIso('2026-11-25', '15:30', 'Asia/Kolkata')).toBe('2026-11-25T15:30:00+05:30')
    expect(zonedIso('2026-07-01', '09:00', 'Europe/London')).toBe('2026-07-01T09:00:00+01:00')
    expect(relativeDay('2026-11-12T10:30:00+05:30', '2026-11-24')).toBe('12 days ago')
    expect(relativeDay('2026-11-23T23:59:00+05:30', '2026-11-24')).toBe('yesterday')
    expect(daysUntilBirthday('1991-11-27', '2026-11-24')).toBe(3)
    expect(daysUntilBirthday('2000-02-29', '2027-02-27')).toBe(1)
    expect(daysUntilBirthday('1991-11-20', '2026-11-24')).toBe(361)
  })
})

test.describe('dates typed day first', () => {
  test('read as written: day, month, year; every real date round-trips; impossible ones are refused', () => {
    expect(parseDayFirst('24/11/2026')).toEqual({ ok: true, iso: '2026-11-24' })
    expect(parseDayFirst('4-1-2027')).toEqual({ ok: true, iso: '2027-01-04' })
    expect(parseDayFirst(' 24.11.26 ')).toEqual({ ok: true, iso: '2026-11-24' })
    expect(parseDayFirst('')).toEqual({ ok: true, iso: null })
    expect(parseDayFirst('29/02/2028')).toEqual({ ok: true, iso: '2028-02-29' })
    for (const impossible of ['29/02/2027', '31/04/2026', '00/01/2026', '12/13/2026', '11/24/2026']) expect(parseDayFirst(impossible), impossible).toEqual({ ok: false, message: 'That date does not exist.' })
    for (const unreadable of ['24 Nov 2026', '2026-11-24', '24/11', 'abc']) expect(parseDayFirst(unreadable).ok, unreadable).toBe(false)
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10)
        return JSON.stringify(parseDayFirst(toDayFirst(iso))) === JSON.stringify({ ok: true, iso })
      }),
    )
  })
})

