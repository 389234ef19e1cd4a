/** Stable error codes (API.md). The renderer switches on these, never on messages. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'LOCKED_OUT'
  | 'RATE_LIMITED'
  | 'SETUP_REQUIRED'
  | 'INTERNAL'

export type ApiError = {
  code: ErrorCode
  /** For people; never contains PII. */
  message: string
  /** Input field → what is wrong with it. */
  fields?: Record<string, string>
  /** CONFLICT on a customer's phone: which customer holds it, so the screen can link to them. */
  conflict?: { customer_id: string; deleted: boolean }
  /** LOCKED_OUT: when the user may try again (salon-zone ISO-8601). */
  locked_until?: string
  /** RATE_LIMITED: how many seconds to wait before asking again. */
  retry_after_seconds?: number
}

/** Every call resolves to one of these; none rejects. Plain JSON, so it survives IPC intact. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError }

/** One page of a newest-first list; `next` is the cursor for the page after it (null at the end). */
export type Page<T> = { items: T[]; next: string | null }
