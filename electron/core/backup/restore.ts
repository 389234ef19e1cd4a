import { prepareRestore, swapInBackup } from '../../../db/backup/restore'
import { readLedger, reapplyLedger, purgeOldBytes } from '../../../db/customers/erasure'
import { mergeLedgers, readLedgerFile, writeLedgerFile } from '../../../db/customers/erasure-ledger-file'
import { DomainError } from '../../../db/errors'
import { openStore, type Store } from '../../../db/store'
import { fileStamp } from '../../../db/zoned-time'
import type { CoreServices } from '../context'
import type { RestoreResult } from './backup.shapes'

export type Rebind = (store: Store, key: Uint8Array) => Promise<void>

/**
 * Swaps a verified backup in for the open database: every session ends, the current file is
 * kept aside (never deleted), the backup is copied into place and opened (migrated if it is
 * older), and every erasure ever made is applied again so an old backup cannot bring an erased
 * customer back. If anything fails before the swap, the current database is reopened as it was.
 */
export async function restoreIntoCore(services: CoreServices, rebind: Rebind, file: string, passphrase: string | undefined, actorId: string | null): Promise<RestoreResult> {
  if (services.backups.isRunning()) throw new DomainError('CONFLICT', 'A backup is running. Restore when it has finished.')
  const { databasePath, clock } = services
  const old = services.store
  const ledger = mergeLedgers(readLedger(old.db), readLedgerFile(databasePath))
  const stamp = fileStamp(clock(), services.zone())

  // Verify the backup and find its key while everything still runs: a bad file changes nothing.
  // That takes seconds on a worker at a million customers; reads audited meanwhile stay buffered
  // for the log that is live after the swap.
  const release = services.audit.hold()
  const key = await prepareRestore({ backupFile: file, currentKey: services.dataKey, passphrase }).finally(release)

  // The sessions' last entries and any reads still buffered stay pending in the core's one audit
  // trail and are written into whichever database is open next: none is lost with the swap.
  services.sessions.endAll('session.ended_by_restore')
  await old.close()
  let keptAside: string | null
  try {
    keptAside = await swapInBackup({ databasePath, backupFile: file, stamp })
  } catch (error) {
    // Nothing was swapped: reopen the database we closed.
    await rebind(await openStore({ path: databasePath, dataKey: services.dataKey, clock }), services.dataKey)
    throw error
  }
  const outcome = { key, keptAside }
  const store = await openStore({ path: databasePath, dataKey: outcome.key, clock })
  const reErased = reapplyLedger(store.db, ledger)
  if (reErased > 0) purgeOldBytes(store.db)
  writeLedgerFile(databasePath, ledger)
  await rebind(store, outcome.key)
  services.audit.change({ action: 'backup.restore', user_id: actorId, target_id: null })
  services.audit.flush()
  const count = (table: string) => store.db.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { restored_from: file, kept_aside: outcome.keptAside, customers: count('customers'), bills: count('bills'), re_erased: reErased }
}
