import { validationError } from '../errors'
import { cleanName, hasVisibleName } from './names'
import { parsePhone, type E164 } from './phone'
import { LIMITS } from '../../vocabulary'
import type { CustomerRow } from './customers.table'

/**
 * What a caller may give for a new customer (API.md `customers.create`): the customer's plain
 * fields, and the personal ones as typed (the table holds those as vault ciphertext).
 */
export type NewCustomer = Pick<CustomerRow, 'first_name'> &
  Partial<Pick<CustomerRow, 'last_name' | 'gender' | 'notes'>> & {
    phone: string
    email?: string | null | undefined
    date_of_birth?: string | null | undefined
  }

/** Patch semantics: a key that is absent is unchanged; `null` clears the field. */
export type CustomerPatch = { [K in keyof NewCustomer]?: NewCustomer[K] | null }

/** Fields after normalisation, ready to encrypt and store. */
export type CleanCustomerFields = Partial<Pick<CustomerRow, 'first_name' | 'last_name' | 'gender' | 'notes'>> & {
  phone?: { e164: E164; last4: string }
  email?: string | null
  date_of_birth?: string | null
}

// Deliberately simple: one @, something on each side, a dot in the domain, no spaces.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Empty, blank or invisible optional text reads as "no value". */
const optionalText = (value: string | null | undefined): string | null | undefined => {
  if (value === undefined || value === null) return value
  const cleaned = cleanName(value)
  return hasVisibleName(cleaned) ? cleaned : null
}

/**
 * Checks and normalises every field present in `input`, collecting one message per bad field.
 * `today` (salon date, YYYY-MM-DD) bounds the date of birth.
 */
export function cleanCustomerFields(input: CustomerPatch, mode: 'create' | 'update', today: string): CleanCustomerFields {
  const errors: Record<string, string> = {}
  const out: CleanCustomerFields = {}

  if (mode === 'create' || input.first_name !== undefined) {
    const first = input.first_name == null ? '' : cleanName(input.first_name)
    if (!hasVisibleName(first)) errors.first_name = 'First name is required.'
    else if (first.length > LIMITS.customerName) errors.first_name = `First name can be at most ${LIMITS.customerName} characters.`
    else out.first_name = first
  }
  if (input.last_name !== undefined) {
    const last = optionalText(input.last_name)
    if (last && last.length > LIMITS.customerName) errors.last_name = `Last name can be at most ${LIMITS.customerName} characters.`
    else out.last_name = last ?? null
  }
  if (mode === 'create' || input.phone !== undefined) {
    if (input.phone == null || input.phone.trim() === '') errors.phone = 'Phone number is required.'
    else {
      const parsed = parsePhone(input.phone)
      if (parsed.ok) out.phone = { e164: parsed.e164, last4: parsed.last4 }
      else errors.phone = parsed.reason
    }
  }
  if (input.email !== undefined) {
    const email = optionalText(input.email)?.toLowerCase() ?? null
    if (email !== null && (email.length > LIMITS.email || !EMAIL.test(email))) errors.email = 'Enter an email address like name@example.com.'
    else out.email = email
  }
  if (input.date_of_birth !== undefined) {
    const dob = optionalText(input.date_of_birth) ?? null
    const problem = dob === null ? undefined : dateOfBirthProblem(dob, today)
    if (problem) errors.date_of_birth = problem
    else out.date_of_birth = dob
  }
  if (input.gender !== undefined) {
    const gender = optionalText(input.gender) ?? null
    if (gender !== null && gender.length > LIMITS.gender) errors.gender = `Gender can be at most ${LIMITS.gender} characters.`
    else out.gender = gender
  }
  if (input.notes !== undefined) {
    // Notes keep their line breaks; only the ends are trimmed.
    const notes = input.notes === null ? null : input.notes.normalize('NFC').trim() || null
    if (notes !== null && notes.length > LIMITS.notes) errors.notes = `Notes can be at most ${LIMITS.notes} characters.`
    else out.notes = notes
  }

  if (Object.keys(errors).length > 0) throw validationError(errors)
  return out
}

function dateOfBirthProblem(value: string, today: string): string | undefined {
  const match = ISO_DATE.exec(value)
  if (!match) return 'Enter the date of birth as YYYY-MM-DD.'
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'That date does not exist.'
  if (value < '1900-01-01') return 'Enter a date of birth after 1900.'
  if (value > today) return 'The date of birth cannot be in the future.'
  return undefined
}

/** "Priya Sharma", or just "Priya" when there is no last name. */
export const fullName = (first: string, last: string | null): string => (last ? `${first} ${last}` : first)
