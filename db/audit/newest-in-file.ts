import { withReadOnly } from '../sqlite/readonly'

/** The newest audit entry's id in a database file (a backup), read-only; null when it has none. */
export function newestAuditIdIn(path: string): string | null {
  return withReadOnly(path, (db) => (db.prepare('SELECT max(id) FROM audit_log').pluck().get() as string | null) ?? null)
}
