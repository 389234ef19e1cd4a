import { validationError } from '../../../db/errors'
import { isAbsolute } from 'node:path'
import { prepareFolder } from '../../../db/backup/backup'
import { isValidTimeZone, salonDate } from '../../../db/zoned-time'
import type { SalonSettings } from '../../../db/settings/settings.repository'
import type { Role } from '../../../vocabulary'
import type { HandlersFor } from '../context'
import type { Settings } from './settings.shapes'
import { gstinStateMismatch } from '../invoice/gstin'

export const settingsHandlers: HandlersFor<'settings.get' | 'settings.update'> = {
  'settings.get': (ctx) => settingsFor(ctx.actor.role, ctx.store.settings.get()),

  'settings.update': (ctx, input) => {
    if (input.time_zone !== undefined && !isValidTimeZone(input.time_zone)) {
      throw validationError({ time_zone: 'Not a time zone this computer knows (for example Asia/Kolkata).' })
    }
    if (input.backup_folder) {
      if (!isAbsolute(input.backup_folder)) throw validationError({ backup_folder: 'Choose a full folder path.' })
      prepareFolder(input.backup_folder, false)
    }
    const current = ctx.store.settings.get()
    const today = salonDate(ctx.clock(), current.time_zone)
    const { gst_kind: givenKind, gst_kind_from: kindFrom, gst_registered: registered, ...fields } = input
    const kind = givenKind ?? (registered === undefined ? undefined : registered ? 'regular' : 'unregistered')
    if (kindFrom !== undefined && kind === undefined) throw validationError({ gst_kind: 'Choose the kind of salon that takes effect on this date.' })
    if (kindFrom !== undefined && (kindFrom < today || !isRealDay(kindFrom))) {
      throw validationError({ gst_kind_from: `A change of kind takes effect today (${today}) or later: bills already posted keep the kind they were posted under.` })
    }
    const mismatch = gstinStateMismatch(input.gstin === undefined ? current.gstin : input.gstin, input.state_code === undefined ? current.state_code : input.state_code)
    if (mismatch) throw validationError({ gstin: mismatch })
    const patch = { ...fields, ...(input.salon_name === undefined ? {} : { salon_name: input.salon_name.trim() }) }
    return ctx.mutate(
      (w) => {
        let updated = w.settings.update(patch)
        // A new row of the dated kinds, unless it changes nothing (the same kind already in force from that day).
        if (kind !== undefined && w.settings.kindOn(kindFrom ?? today) !== kind) updated = w.settings.setKind(kind, kindFrom ?? today, ctx.actor.user_id)
        // Counters are per kind and year, whatever the prefix: a prefix used before a restore may have numbers past them.
        if (input.invoice_prefix !== undefined && input.invoice_prefix !== current.invoice_prefix) w.bills.rederiveCounters(ctx.clock())
        return updated
      },
      { action: 'settings.update', target_id: 'settings' },
    )
  },
}

/** Staff see the salon's name, zone and hours; the invoice particulars and printer stay with the counter. */
function settingsFor(role: Role, settings: SalonSettings): Settings {
  if (role !== 'staff') return settings
  const { legal_name: _legal, address: _address, state_code: _state, gstin: _gstin, salon_phone: _phone, invoice_footer: _footer, default_sac: _sac, printer_name: _printer, silent_print: _silent, ...forStaff } = settings
  return forStaff
}

/** A calendar day that exists (not 2026-02-30). */
function isRealDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}
