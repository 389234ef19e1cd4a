/**
 * Errors the data layer raises on purpose. Each carries a stable code that the core maps
 * one-to-one onto its envelope codes (API.md). Messages are for people and never contain PII.
 */
export type DomainErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'LOCKED_OUT' | 'RATE_LIMITED' | 'SETUP_REQUIRED' | 'INTERNAL'

/** Which record a CONFLICT collided with, so the screen can link to it (ids only, never PII). */
export type ConflictTarget = { customer_id: string; deleted: boolean }

export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly fields: Record<string, string> | undefined
  readonly conflict: ConflictTarget | undefined

  constructor(code: DomainErrorCode, message: string, fields?: Record<string, string>, conflict?: ConflictTarget) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.fields = fields
    this.conflict = conflict
  }
}

export const validationError = (fields: Record<string, string>, message = 'Please check the highlighted fields.') =>
  new DomainError('VALIDATION', message, fields)

export const notFound = (what: string) => new DomainError('NOT_FOUND', `${what} was not found.`)

/** The database file cannot be used; the file itself is left exactly as it was. */
export class DatabaseOpenError extends Error {
  readonly reason: 'not-a-database' | 'corrupt' | 'newer-version' | 'unreadable' | 'wrong-key'
  readonly path: string

  constructor(reason: DatabaseOpenError['reason'], path: string, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'DatabaseOpenError'
    this.reason = reason
    this.path = path
  }
}
