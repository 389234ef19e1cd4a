import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { SettingsRow } from './settings.table'
import type { DeskSettingsRow } from './desk-settings.table'
import { parseOpeningHours, type OpeningHours } from './opening-hours'

/**
 * The salon's settings and this desk's own, as one shape to callers. Each field lives in its own
 * table: the salon's in `settings` (record: synced, merged per field), the desk's in
 * `desk_settings` (local: its printer and its backups never leave it).
 */
export type SalonSettings = Omit<SettingsRow, 'id' | 'gst_registered' | 'updated_at' | 'opening_hours'> &
  Omit<DeskSettingsRow, 'id' | 'silent_print'> & {
    gst_registered: boolean
    /** Print receipts without the print dialog. */
    silent_print: boolean
    opening_hours: OpeningHours
  }
export type SettingsPatch = Partial<SalonSettings>

export type SettingsRepository = ReturnType<typeof createSettingsRepository>

/** The fields of SalonSettings that belong to this desk alone (table desk_settings). */
const DESK_FIELDS = ['printer_name', 'silent_print', 'backup_folder', 'backup_keep'] as const satisfies readonly (keyof SalonSettings)[]
type DeskField = (typeof DESK_FIELDS)[number]
const isDeskField = (field: string): field is DeskField => (DESK_FIELDS as readonly string[]).includes(field)

/** The salon's settings: read often (time zone, GST), so kept in memory and re-read after a write. */
export function createSettingsRepository({ db, writer, clock }: { db: Db; writer: Writer; clock: Clock }) {
  const { kysely, sync } = db
  const read = (): SalonSettings => {
    const row = sync.get(kysely.selectFrom('settings').selectAll().where('id', '=', 1)) as SettingsRow
    const desk = sync.get(kysely.selectFrom('desk_settings').selectAll().where('id', '=', 1)) as DeskSettingsRow
    return {
      salon_name: row.salon_name,
      time_zone: row.time_zone,
      gst_registered: row.gst_registered === 1,
      gst_rate_bp: row.gst_rate_bp,
      invoice_prefix: row.invoice_prefix,
      idle_lock_minutes: row.idle_lock_minutes,
      backup_keep: desk.backup_keep,
      backup_folder: desk.backup_folder,
      opening_hours: parseOpeningHours(row.opening_hours),
      legal_name: row.legal_name,
      address: row.address,
      state_code: row.state_code,
      gstin: row.gstin,
      salon_phone: row.salon_phone,
      invoice_footer: row.invoice_footer,
      default_sac: row.default_sac,
      printer_name: desk.printer_name,
      silent_print: desk.silent_print === 1,
    }
  }
  let cached = read()
  return {
    get: (): SalonSettings => cached,
    update(patch: SettingsPatch): SalonSettings {
      const { gst_registered, silent_print, opening_hours, ...rest } = patch
      const flag = (value: boolean) => (value ? (1 as const) : (0 as const))
      const fields: Record<string, unknown> = {
        ...rest,
        ...(gst_registered === undefined ? {} : { gst_registered: flag(gst_registered) }),
        ...(silent_print === undefined ? {} : { silent_print: flag(silent_print) }),
        ...(opening_hours === undefined ? {} : { opening_hours: JSON.stringify(opening_hours) }),
      }
      const salon: Record<string, unknown> = {}
      const desk: Record<string, unknown> = {}
      for (const [field, value] of Object.entries(fields)) if (value !== undefined) (isDeskField(field) ? desk : salon)[field] = value
      if (Object.keys(salon).length > 0) {
        writer.update('settings', 1, { ...(salon as Partial<SettingsRow>), updated_at: toStoredTime(clock()) })
      }
      if (Object.keys(desk).length > 0) {
        writer.unsynced.run(writer.unsynced.kysely.updateTable('desk_settings').set(desk as Partial<DeskSettingsRow>).where('id', '=', 1))
      }
      cached = read()
      return cached
    },
  }
}
