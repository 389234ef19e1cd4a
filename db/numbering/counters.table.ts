import { localTable } from '../sync/sync-class'

/** `counters`: gap-free invoice and ticket counters, one row per series (one desk’s own series). */
export interface CountersTable {
  name: string
  value: number
}

/** Sync class: local (re-derived from this desk's own highest issued number). */
export const countersSync = localTable
