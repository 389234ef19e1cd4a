/** `counters`: gap-free invoice and ticket counters, one row per series (sync class: derived, per desk; SYNC.md gives each desk its own series). */
export interface CountersTable {
  name: string
  value: number
}
