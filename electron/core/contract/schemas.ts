import { z } from 'zod'
import { LIMITS, ROLES } from '../../../vocabulary'

/** Building blocks for input schemas: strict objects, bounded strings, integer money. */

export const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/

export const id = () => z.string().regex(ULID, 'Not a valid id.')
export const text = (max: number) => z.string().max(max, `At most ${max} characters.`)
export const requiredText = (max: number) => text(max).refine((value) => value.trim().length > 0, 'Required.')
export const limit = (max: number) => z.number().int('Must be a whole number.').min(1, 'At least 1.').max(max, `At most ${max}.`)
export const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD.')
/** Integer paise, never negative, at most ₹1 crore (10^9 paise) per amount. */
export const paise = () => z.number().int('Amounts are whole paise.').min(0, 'Cannot be negative.').max(LIMITS.amountPaise, 'Amount is too large.')
export const roleSchema = z.enum(ROLES)

export const empty = z.strictObject({})

/**
 * Whether `value` is a full path on `platform`: POSIX `/…` on Linux and macOS; a drive (`C:\…`)
 * or a share (`\\server\share`) on Windows. A Windows path on Linux would be a relative one,
 * landing wherever the app happens to run.
 */
export function isFullPathOn(platform: NodeJS.Platform, value: string): boolean {
  return platform === 'win32' ? /^([A-Za-z]:[\\/]|\\\\[^\\/])/.test(value) : value.startsWith('/')
}

/** A full path on this computer (judged for the platform the app runs on): never relative to wherever the app runs. */
export const absolutePath = () =>
  z
    .string()
    .max(1000, 'At most 1000 characters.')
    .refine((value) => !value.includes('\u0000'), 'Not a valid path.')
    .refine((value) => isFullPathOn(process.platform, value), 'Choose a full path, for example from the folder picker.')
    // What the generated API reference calls it (a refinement has no pattern to show).
    .meta({ format: 'absolute path' })

/** Optional text a form may clear: surrounding spaces dropped, empty (or null) meaning none. */
export const clearableText = (max: number) =>
  text(max)
    .nullable()
    .transform((value) => (value === null ? null : value.trim() || null))
