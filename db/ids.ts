import { monotonicFactory } from 'ulid'
import type { Clock } from './clock'

export type IdFactory = () => string

/**
 * ULIDs from a monotonic factory seeded by the injected clock: ids made in the same
 * millisecond still sort in creation order, which history paging relies on.
 */
export function createIdFactory(clock: Clock): IdFactory {
  const next = monotonicFactory()
  return () => next(clock().getTime())
}

export const ULID_PATTERN = /^[0-9A-HJKMNP-TV-Z]{26}$/
