import type { z } from 'zod'
import { DomainError } from '../../db/errors'
import { VaultIntegrityError } from '../../db/vault/vault'
import type { ApiError, ErrorCode, Result } from './contract/result'
import type { Logger } from './logger'
import { RateLimitedError } from './rate-limited'
import { LockedOutError } from './session/session.handlers'

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, extra: Omit<ApiError, 'code' | 'message'> = {}): Result<never> => ({
  ok: false,
  error: { code, message, ...extra },
})

export const INTERNAL_MESSAGE = 'Something went wrong and nothing was saved. Please try again; if it keeps happening, restart Parlour.'

/** Zod issues as `fields`: one message per input field, in words a receptionist understands. */
export function validationFailure(error: z.ZodError): Result<never> {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input'
    if (issue.code === 'unrecognized_keys') {
      for (const unknown of issue.keys) fields[[...issue.path.map(String), unknown].join('.') || unknown] ??= 'Not a field of this request.'
      continue
    }
    fields[key] ??= friendly(issue)
  }
  return fail('VALIDATION', 'Please check the highlighted fields.', { fields })
}

function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'Required.' : `Expected ${issue.expected}.`
  // Custom messages written in the schemas are already for people; zod's defaults are close enough.
  return issue.message
}

/** Any thrown value as an envelope. Expected errors keep their code; anything else is INTERNAL and logged without PII. */
export function errorToResult(error: unknown, method: string, logger: Logger): Result<never> {
  if (error instanceof LockedOutError) return fail('LOCKED_OUT', error.message, { locked_until: error.lockedUntil })
  if (error instanceof RateLimitedError) return fail('RATE_LIMITED', error.message, { retry_after_seconds: error.retryAfterSeconds })
  if (error instanceof DomainError) {
    return fail(error.code, error.message, {
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.conflict ? { conflict: error.conflict } : {}),
    })
  }
  if (error instanceof VaultIntegrityError) {
    // Names the table, column and row (ids only): enough to investigate, nothing to leak.
    logger.error('vault integrity failure', { method, table: error.table, column: error.column, row: error.rowId })
    return fail('INTERNAL', 'A stored value failed its integrity check and was not shown. The owner should check the database and backups.')
  }
  // SQLite and other library messages may quote values, so only the kind of error and its
  // stack frames are logged, never the message text.
  const name = error instanceof Error ? error.name : typeof error
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined
  const stack = error instanceof Error ? (error.stack ?? '').split('\n').slice(1, 8).join('\n') : undefined
  logger.error('unexpected error in core', { method, name, code, stack })
  return fail('INTERNAL', INTERNAL_MESSAGE)
}
