import { GST_BEGAN, type GstKind } from '../../vocabulary'
import { toStoredTime, type Clock } from '../clock'
import type { IdFactory } from '../ids'
import { addDays, salonDate, startOfSalonDay } from '../zoned-time'
import type { GstKindRow } from './gst-kinds.table'
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
export type SalonSettings = Omit<SettingsRow, 'id' | 'updated_at' | 'opening_hours'> &
  Omit<DeskSettingsRow, 'id' | 'silent_print'> & {
    /** Print receipts without the print dialog. */
    silent_print: boolean
    opening_hours: OpeningHours
    /** The salon's kind under GST in force today (gst_kinds). */
    gst_kind: GstKind
    /** Registered under GST, regular or composition: today's kind is not `unregistered`. */
    gst_registered: boolean
    /** Changes of kind set to take effect after today, soonest first. */
    gst_kind_changes: { kind: GstKind; effective_from: string }[]
  }
export type SettingsPatch = Partial<Omit<SalonSettings, 'gst_kind' | 'gst_registered' | 'gst_kind_changes'>>

/** The kind in force on a salon day, from the dated kinds (latest start on or before it; the later set of one day). */
export function kindOn(kinds: readonly Pick<GstKindRow, 'kind' | 'effective_from' | 'set_at' | 'id'>[], day: string): GstKind {
  let found: Pick<GstKindRow, 'kind' | 'effective_from' | 'set_at' | 'id'> | undefined
  for (const row of kinds) {
    if (row.effective_from > day) continue
    if (!found || row.effective_from > found.effective_from || (row.effective_from === found.effective_from && (row.set_at > found.set_at || (row.set_at === found.set_at && row.id > found.id)))) found = row
  }
  return found?.kind ?? 'regular'
}

export type SettingsRepository = ReturnType<typeof createSettingsRepository>

/** The fields of SalonSettings that belong to this desk alone (table desk_settings). */
const DESK_FIELDS = ['printer_name', 'silent_print', 'backup_folder', 'backup_keep'] as const satisfies readonly (keyof SalonSettings)[]
type DeskField = (typeof DESK_FIELDS)[number]
const isDeskField = (field: string): field is DeskField => (DESK_FIELDS as readonly string[]).includes(field)

/** The salon's settings: read often (time zone, GST), so kept in memory and re-read after a write. */
export function createSettingsRepository({ db, writer, clock, newId }: { db: Db; writer: Writer; clock: Clock; newId: IdFactory }) {
  const { kysely, sync } = db
  const readKinds = (): GstKindRow[] => sync.all(kysely.selectFrom('gst_kinds').selectAll().orderBy('effective_from').orderBy('set_at').orderBy('id'))
  let kinds = readKinds()
  const read = (): Omit<SalonSettings, 'gst_kind' | 'gst_registered' | 'gst_kind_changes'> => {
    const row = sync.get(kysely.selectFrom('settings').selectAll().where('id', '=', 1)) as SettingsRow
    const desk = sync.get(kysely.selectFrom('desk_settings').selectAll().where('id', '=', 1)) as DeskSettingsRow
    return {
      salon_name: row.salon_name,
      time_zone: row.time_zone,
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
  // get() runs on every call of the API (the idle lock, the zone): the settings with today's kind
  // are worked out once per salon day (or after a write), not per call.
  let memo: { base: typeof cached; kinds: GstKindRow[]; from: number; until: number; settings: SalonSettings } | undefined
  const withKind = (base: typeof cached): SalonSettings => {
    const now = clock().getTime()
    if (memo && memo.base === base && memo.kinds === kinds && now >= memo.from && now < memo.until) return memo.settings
    const today = salonDate(new Date(now), base.time_zone)
    const gst_kind = kindOn(kinds, today)
    const days = [...new Set(kinds.map((row) => row.effective_from).filter((day) => day > today))].sort()
    const gst_kind_changes = days.map((day) => ({ kind: kindOn(kinds, day), effective_from: day }))
    const settings: SalonSettings = { ...base, gst_kind, gst_registered: gst_kind !== 'unregistered', gst_kind_changes }
    memo = { base, kinds, from: startOfSalonDay(today, base.time_zone).getTime(), until: startOfSalonDay(addDays(today, 1), base.time_zone).getTime(), settings }
    return settings
  }
  return {
    get: (): SalonSettings => withKind(cached),
    /** The salon's kind under GST on a salon day (YYYY-MM-DD): what a bill posted that day is. */
    kindOn: (day: string): GstKind => kindOn(kinds, day),
    /** Sets the salon's kind from a salon day on (today or later: the handler checks). Insert-only. */
    setKind(kind: GstKind, effectiveFrom: string, setBy: string | null): SalonSettings {
      writer.insert('gst_kinds', { id: newId(), kind, effective_from: effectiveFrom < GST_BEGAN ? GST_BEGAN : effectiveFrom, set_at: toStoredTime(clock()), set_by: setBy })
      kinds = readKinds()
      return withKind(cached)
    },
    update(patch: SettingsPatch): SalonSettings {
      const { silent_print, opening_hours, ...rest } = patch
      const flag = (value: boolean) => (value ? (1 as const) : (0 as const))
      const fields: Record<string, unknown> = {
        ...rest,
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
      return withKind(cached)
    },
  }
}
