import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Writer } from '../sync/writer'
import type { SettingsRow } from './settings.table'
import { parseOpeningHours, type OpeningHours } from './opening-hours'

export type SalonSettings = Omit<SettingsRow, 'id' | 'gst_registered' | 'silent_print' | 'updated_at' | 'opening_hours'> & { gst_registered: boolean; silent_print: boolean; opening_hours: OpeningHours }
export type SettingsPatch = Partial<SalonSettings>

export type SettingsRepository = ReturnType<typeof createSettingsRepository>

/** The salon's settings: read often (time zone, GST), so kept in memory and re-read after a write. */
export function createSettingsRepository({ db, writer, clock }: { db: Db; writer: Writer; clock: Clock }) {
  const { kysely, sync } = db
  const read = (): SalonSettings => {
    const row = sync.get(kysely.selectFrom('settings').selectAll().where('id', '=', 1)) as SettingsRow
    return {
      salon_name: row.salon_name,
      time_zone: row.time_zone,
      gst_registered: row.gst_registered === 1,
      gst_rate_bp: row.gst_rate_bp,
      invoice_prefix: row.invoice_prefix,
      idle_lock_minutes: row.idle_lock_minutes,
      backup_keep: row.backup_keep,
      backup_folder: row.backup_folder,
      opening_hours: parseOpeningHours(row.opening_hours),
      legal_name: row.legal_name,
      address: row.address,
      state_code: row.state_code,
      gstin: row.gstin,
      salon_phone: row.salon_phone,
      invoice_footer: row.invoice_footer,
      default_sac: row.default_sac,
      printer_name: row.printer_name,
      silent_print: row.silent_print === 1,
    }
  }
  let cached = read()
  return {
    get: (): SalonSettings => cached,
    update(patch: SettingsPatch): SalonSettings {
      const { gst_registered, silent_print, opening_hours, ...rest } = patch
      const flag = (value: boolean) => (value ? (1 as const) : (0 as const))
      const set = {
        ...rest,
        ...(gst_registered === undefined ? {} : { gst_registered: flag(gst_registered) }),
        ...(silent_print === undefined ? {} : { silent_print: flag(silent_print) }),
        ...(opening_hours === undefined ? {} : { opening_hours: JSON.stringify(opening_hours) }),
      }
      if (Object.keys(set).length > 0) {
        writer.update('settings', 1, { ...set, updated_at: toStoredTime(clock()) })
      }
      cached = read()
      return cached
    },
  }
}
