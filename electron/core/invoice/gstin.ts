import { z } from 'zod'
import { GST_STATE_CODES, GST_STATES, type GstStateCode } from '../../../vocabulary'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
/** 2-digit state code, PAN (5 letters, 4 digits, 1 letter), entity number, 'Z', check character. */
const SHAPE = /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/

/**
 * The GSTIN's 15th character: the mod-36 check of the first 14. Each character's value (0-9,
 * A-Z = 10-35) is weighted 1, 2, 1, 2…; each product adds its quotient and remainder by 36; the
 * check is what brings the sum to a multiple of 36.
 */
export function gstinCheckCharacter(first14: string): string {
  let sum = 0
  for (let index = 0; index < 14; index++) {
    const product = ALPHABET.indexOf(first14[index] ?? '') * (index % 2 === 0 ? 1 : 2)
    sum += Math.floor(product / 36) + (product % 36)
  }
  return ALPHABET[(36 - (sum % 36)) % 36] as string
}

export type GstinProblem = 'shape' | 'state' | 'check'

/** Why a GSTIN (already upper-cased) is not valid, or null when it is. */
export function gstinProblem(gstin: string): GstinProblem | null {
  if (!SHAPE.test(gstin)) return 'shape'
  if (!Object.hasOwn(GST_STATES, gstin.slice(0, 2))) return 'state'
  return gstinCheckCharacter(gstin.slice(0, 14)) === gstin[14] ? null : 'check'
}

export const GSTIN_MESSAGES: Record<GstinProblem, string> = {
  shape: 'A GSTIN is 15 characters: state code, PAN, entity number, Z and a check character.',
  state: 'A GSTIN begins with a state code (01 to 38, or 97).',
  check: 'This GSTIN’s last character does not match: check it for a typing mistake.',
}

/** The state code a GSTIN begins with. */
export const stateOfGstin = (gstin: string): GstStateCode => gstin.slice(0, 2) as GstStateCode

/** `27-Maharashtra`, as the GST returns write a place of supply. */
export const stateLabel = (code: string): string => `${code}-${GST_STATES[code as GstStateCode] ?? 'Unknown'}`

/** A GSTIN as typed: spaces dropped, upper-cased, then checked (shape, state code, check character). */
export const gstinSchema = () =>
  z
    .string()
    .max(20, 'A GSTIN is 15 characters.')
    .transform((value) => value.replace(/\s+/g, '').toUpperCase())
    .superRefine((value, context) => {
      const problem = gstinProblem(value)
      if (problem) context.addIssue({ code: 'custom', message: GSTIN_MESSAGES[problem] })
    })

export const stateCodeSchema = () => z.enum(GST_STATE_CODES, 'Choose a state.')

/** A GSTIN that does not begin with its state's code: the field's message, or null. */
export function gstinStateMismatch(gstin: string | null | undefined, stateCode: string | null | undefined): string | null {
  if (!gstin || !stateCode || gstin.startsWith(stateCode)) return null
  return `This GSTIN is registered in ${stateLabel(stateOfGstin(gstin))}, not ${stateLabel(stateCode)}.`
}
