import { describe, expect, it } from 'vitest'
import { cleanName, hasVisibleName, nameForStaff } from './names'

describe('names as typed at the counter', () => {
  it('stores NFC text without invisible or direction-control characters, whitespace of any kind collapsed', () => {
    expect(cleanName('  Priya\u00A0\u00A0Sharma ')).toBe('Priya Sharma')
    expect(cleanName('Kavya\u200BSecretsurname')).toBe('Kavya Secretsurname')
    expect(cleanName('\u202Eayirp')).toBe('ayirp')
    expect(cleanName('Ra\u0301vi')).toBe('Rávi') // composed
    expect(cleanName('Asha\u2066\u2069\u200E')).toBe('Asha')
    expect(cleanName('Ann\u3000Marie\u2028Joseph')).toBe('Ann Marie Joseph')
    // ZWNJ and ZWJ stay: Devanagari and Malayalam words need them.
    expect(cleanName('क्\u200Dष')).toBe('क्\u200Dष')
  })

  it('a name of nothing visible is no name', () => {
    expect(hasVisibleName(cleanName('\u200B\u200C\u200D\u2060'))).toBe(false)
    expect(hasVisibleName(cleanName('\u202E'))).toBe(false)
    expect(hasVisibleName(cleanName('प्रिया'))).toBe(true)
  })

  it('a stylist sees the first word of the first name, letters only', () => {
    expect(nameForStaff('Anita Desai')).toBe('Anita')
    expect(nameForStaff('Singh, Kabir')).toBe('Singh')
    expect(nameForStaff('Rohit_Verma_9845011111')).toBe('Rohit')
    expect(nameForStaff('9845011111 Rohit')).toBe('Rohit')
    expect(nameForStaff('Kavya\u200BSecretsurname')).toBe('Kavya')
    expect(nameForStaff("D'Souza")).toBe("D'Souza")
    expect(nameForStaff('Mary-Ann Thomas')).toBe('Mary-Ann')
    expect(nameForStaff("'Quoted', -dash")).toBe('Quoted')
    expect(nameForStaff('प्रिया शर्मा')).toBe('प्रिया')
    expect(nameForStaff('9845011111')).toBe('Guest')
    expect(nameForStaff('\u200B')).toBe('Guest')
  })
})
