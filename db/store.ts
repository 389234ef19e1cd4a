import type Database from 'better-sqlite3'
import { systemClock, toStoredTime, type Clock } from './clock'
import type { NoMigrations } from 'kysely'
import { openDatabase, type Db, type QuickCheckMode } from './sqlite/connection'
import { createCustomerRepository, type CustomerRepository } from './customers/customer.repository'
import { createCustomerAnalyticsRepository, type CustomerAnalyticsRepository } from './customers/customer-analytics.repository'
import { createCustomerDecoder, type CustomerDecoder } from './customers/customer.decoder'
import { DatabaseOpenError } from './errors'
import { createIdFactory, type IdFactory } from './ids'
import { createVault, type PiiVault } from './vault/vault'
import { createAuditRepository, type AuditRepository } from './audit/audit.repository'
import { createSettingsRepository, type SettingsRepository } from './settings/settings.repository'
import { createUserRepository, type UserRepository } from './users/user.repository'
import { createKeyRecoveryRepository, type KeyRecoveryRepository } from './key-recovery/key-recovery.repository'
import { createBillRepository, type BillRepository } from './bills/bill.repository'
import { createMenuRepository, type MenuRepository } from './menu/menu.repository'
import { createStylistWork, type StylistWork } from './stylists/stylist-work'
import { createVisitRepository, type VisitRepository } from './visits/visit.repository'
import { createDayCloseRepository, type DayCloseRepository } from './day-close/day-close.repository'
import { createDraftRepository, type DraftRepository } from './drafts/draft.repository'
import { salonDate } from './zoned-time'
import { checkpointWhenIdle } from './sqlite/idle-checkpoint'
import { KEY_CHECK_PLACE, KEY_CHECK_PLAINTEXT, keyCheckOf } from './vault/key-check'
import { createWriter, type WriterControl } from './sync/writer'

export type OpenStoreOptions = {
  path: string
  /** The 32-byte data key that opens the PII vault. */
  dataKey: Uint8Array
  clock?: Clock
  quickCheck?: QuickCheckMode
  /** With quickCheck 'auto': files larger than this skip the check at open (default SYNC_QUICK_CHECK_MAX_BYTES). */
  quickCheckMaxBytes?: number
  migrateTo?: string | NoMigrations
}

export type Store = {
  readonly db: Db
  /** The one writer and its transaction (db/sync/writer.ts): every change goes through it. */
  readonly writes: WriterControl
  readonly vault: PiiVault
  readonly clock: Clock
  readonly newId: IdFactory
  readonly timeZone: () => string
  readonly customers: CustomerRepository
  readonly customerAnalytics: CustomerAnalyticsRepository
  /** Opens stored customer rows (the repositories and the CSV export read through it). */
  readonly customerDecoder: CustomerDecoder
  readonly users: UserRepository
  readonly audit: AuditRepository
  readonly settings: SettingsRepository
  readonly recovery: KeyRecoveryRepository
  readonly bills: BillRepository
  /** The salon's services and products (sync class: record). */
  readonly menu: MenuRepository
  /** The stylist report and a stylist's own day: queries over bill lines, nothing stored. */
  readonly stylists: StylistWork
  readonly visits: VisitRepository
  readonly dayCloses: DayCloseRepository
  /** Each user's unfinished work (sync class: local), sealed by the vault. */
  readonly drafts: DraftRepository
  close(): Promise<void>
}

/**
 * Opens the encrypted customer store: the database (pragmas, preflight, migrations) and the
 * vault, after proving on a read-only connection that the data key is the one this file was
 * written with. A wrong key is refused before anything is written.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const clock = options.clock ?? systemClock
  const vault = await createVault(options.dataKey)
  const db = await openDatabase({
    path: options.path,
    ...(options.quickCheck ? { quickCheck: options.quickCheck } : {}),
    ...(options.quickCheckMaxBytes !== undefined ? { quickCheckMaxBytes: options.quickCheckMaxBytes } : {}),
    ...(options.migrateTo ? { migrateTo: options.migrateTo } : {}),
    verify: (readonly) => verifyDataKey(options.path, readonly, vault),
    backupSealKey: vault.backupSealKey,
  })
  // Checkpoints wait for a pause in writes instead of landing inside a bill's commit.
  const checkpoints = checkpointWhenIdle(db)
  try {
    ensureKeyCheck(db, vault, clock)
  } catch (error) {
    await db.close()
    throw error
  }
  const newId = createIdFactory(clock)
  let writes: WriterControl
  try {
    writes = createWriter({ db, clock, newId })
  } catch (error) {
    await db.close()
    throw error
  }
  const writer = writes.writer
  /** The desk every new bill, visit and day close is written from: `local` until it enrols. */
  const deskCode = () => writes.desk().code
  const settings = createSettingsRepository({ db, writer, clock, newId })
  // The salon's zone is a setting: read it on every use.
  const timeZone = () => settings.get().time_zone
  const today = () => salonDate(clock(), timeZone())
  const customerDecoder = createCustomerDecoder(vault)
  return {
    db,
    writes,
    vault,
    clock,
    newId,
    timeZone,
    customers: createCustomerRepository({ db, writer, vault, decoder: customerDecoder, clock, newId, today }),
    customerAnalytics: createCustomerAnalyticsRepository({ db, vault, decoder: customerDecoder }),
    customerDecoder,
    users: createUserRepository({ db, writer, clock, newId }),
    audit: createAuditRepository({ db, writer }),
    settings,
    recovery: createKeyRecoveryRepository({ db, writer }),
    bills: createBillRepository({ db, writer, deskCode, vault, clock, newId, settings }),
    menu: createMenuRepository({ db, writer, clock, newId }),
    stylists: createStylistWork({ db }),
    visits: createVisitRepository({ db, writer, deskCode, vault, clock, newId, timeZone, openingHours: () => settings.get().opening_hours }),
    dayCloses: createDayCloseRepository({ db, writer, deskCode, clock, newId }),
    drafts: createDraftRepository({ db, writer, vault, clock, newId }),
    close: async () => {
      checkpoints.stop()
      await db.close()
    },
  }
}

function verifyDataKey(path: string, readonly: Database.Database, vault: PiiVault): void {
  if (keyCheckOf(readonly, vault) !== 'refuses') return
  throw new DatabaseOpenError('wrong-key', path, `The data key does not open the database ${path}: it was written with a different key. Nothing has been changed.`)
}

function ensureKeyCheck(db: Db, vault: PiiVault, clock: Clock): void {
  const present = db.sync.get(db.kysely.selectFrom('vault_meta').select('id').where('id', '=', 1))
  if (present) return
  db.sync.run(
    db.kysely.insertInto('vault_meta').values({
      id: 1,
      key_check: vault.encrypt(...KEY_CHECK_PLACE, KEY_CHECK_PLAINTEXT),
      created_at: toStoredTime(clock()),
    }),
  )
}
