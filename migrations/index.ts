import type { Migration, MigrationProvider } from 'kysely'
import * as m0001 from './0001_customers'
import * as m0002 from './0002_users_audit_settings'
import * as m0003 from './0003_key_recovery'
import * as m0004 from './0004_bills_visits'
import * as m0005 from './0005_data_safety'
import * as m0006 from './0006_drafts'
import * as m0007 from './0007_day_close'
import * as m0008 from './0008_service_menu'
import * as m0009 from './0009_invoice_details'
import * as m0010 from './0010_appointment_book'
import * as m0011 from './0011_audit_carried_over'
import * as m0012 from './0012_erase_buyer_address'
import * as m0013 from './0013_sync_foundation'
import * as m0014 from './0014_audit_invoice_number'
import * as m0015 from './0015_local_desk_data'
import * as m0016 from './0016_sync_schema'
import * as m0017 from './0017_salon_kinds'

/**
 * Every migration, in order, imported statically: bundlers cannot follow a folder scan.
 * Names are frozen; a database that has run a name missing here was written by a newer app.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '0001_customers': m0001,
  '0002_users_audit_settings': m0002,
  '0003_key_recovery': m0003,
  '0004_bills_visits': m0004,
  '0005_data_safety': m0005,
  '0006_drafts': m0006,
  '0007_day_close': m0007,
  '0008_service_menu': m0008,
  '0009_invoice_details': m0009,
  '0010_appointment_book': m0010,
  '0011_audit_carried_over': m0011,
  '0012_erase_buyer_address': m0012,
  '0013_sync_foundation': m0013,
  '0014_audit_invoice_number': m0014,
  '0015_local_desk_data': m0015,
  '0016_sync_schema': m0016,
  '0017_salon_kinds': m0017,
}

export const migrationNames: readonly string[] = Object.keys(migrations).sort()

export const latestMigration = migrationNames[migrationNames.length - 1] ?? ''

export const staticMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...migrations }),
}
