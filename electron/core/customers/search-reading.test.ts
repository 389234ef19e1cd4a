import { describe, expect, it } from 'vitest'
import { searchReadingFor } from './search-reading'

describe('searchReadingFor: what the counter’s search understood', () => {
  it('names the last 4 digits and says what to type for one number', () => {
    expect(searchReadingFor('9820')).toEqual({ kind: 'last4', understood: 'the last 4 digits 9820', hint: 'To find one number, type all 10 digits.', phone: null })
  })
  it('at five to nine digits asks for the whole number or the last 4, instead of saying nothing', () => {
    expect(searchReadingFor('98200')).toMatchObject({ kind: 'partial-phone', understood: '5 digits of a phone', phone: null })
    expect(searchReadingFor('982001234').hint).toMatch(/10 digits/)
  })
  it('offers a whole valid mobile (and only that) for a new customer', () => {
    expect(searchReadingFor('098200-12345')).toEqual({ kind: 'phone', understood: 'the mobile +91 98200 12345', hint: null, phone: '+919820012345' })
    for (const digits of ['5555555555', '1234567890', '0000000000', '98765432101']) expect(searchReadingFor(digits).phone).toBeNull()
  })
  it('says why digits cannot be a mobile', () => {
    expect(searchReadingFor('5555555555')).toMatchObject({ kind: 'not-a-mobile', hint: 'Indian mobile numbers start with 6, 7, 8 or 9; this is not a mobile number.' })
    expect(searchReadingFor('98765432101').hint).toBe('An Indian mobile number has 10 digits; this has 11.')
  })
  it('reads anything else as a name', () => {
    expect(searchReadingFor(' Priya ')).toEqual({ kind: 'name', understood: 'the name “Priya”', hint: null, phone: null })
  })
})
