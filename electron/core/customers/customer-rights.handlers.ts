import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { defaultBackupFolder, prepareFolder } from '../../../db/backup/backup'
import { toStoredTime } from '../../../db/clock'
import { buyerAddressesKept } from '../../../db/customers/erasure'
import { writeLedgerFile } from '../../../db/customers/erasure-ledger-file'
import { DomainError } from '../../../db/errors'
import { exportCustomersCsv } from '../../../db/bulk/customers-csv-export'
import { isFileSystemError } from '../../../db/bulk/worker-error'
import { formatInZone, salonDate } from '../../../db/zoned-time'
import type { HandlerContext, HandlersFor } from '../context'
import type { Bill } from '../bills/bills.shapes'
import { billFor } from '../bills/bills.projection'
import type { Visit } from '../visits/visits.shapes'
import { visitFor } from '../visits/visits.projection'
import { customerPage, type CustomerExport } from './customer-page'
import { customerDetailFor } from './customers.projection'
import { defaultExportsFolder, nameForFile, unusedPathBase } from './export-names'
import { eraseFromExports } from './export-erasure'
import { updateExportRegister } from './export-register'
import { copiesHolding, erasureMessage } from './erasure-report'

const exportsFolder = (ctx: HandlerContext) => defaultExportsFolder(ctx.databasePath)

const EXPORT_PAGE = 500
type Cursor = { at: string; id: string }

/** Every row of a newest-first, cursor-paged source. */
function allPages<T>(page: (cursor: Cursor | undefined) => T[], cursorOf: (row: T) => Cursor): T[] {
  const rows: T[] = []
  for (let cursor: Cursor | undefined; ; ) {
    const next = page(cursor)
    rows.push(...next)
    const last = next[next.length - 1]
    if (next.length < EXPORT_PAGE || last === undefined) return rows
    cursor = cursorOf(last)
  }
}

export const customerRightsHandlers: HandlersFor<'customers.erase' | 'customers.export' | 'customers.exportCsv'> = {
  'customers.erase': async (ctx, input) => {
    const erasedAt = toStoredTime(ctx.clock())
    const entry = { customer_id: input.id, erased_at: erasedAt, user_id: ctx.actor.user_id, basis: input.basis.trim() }
    ctx.mutate((w) => w.customers.erase(entry, { requireLive: true }), { action: 'customer.erase', customer_id: input.id })
    // Push the old bytes out of the WAL and keep a copy of the ledger beside the database.
    if (!ctx.store.purgeOldBytes()) ctx.logger.warn('erasure checkpoint was busy; it completes at the next checkpoint', { customer: input.id })
    writeLedgerFile(ctx.databasePath, [entry])
    // Then the copies Parlour made outside the database: its exports are cleaned now, backups age
    // out on their schedule. What the store says is read first: the exports take a worker's while.
    const zone = ctx.zone()
    const backups = { folders: [ctx.backups.folder(), defaultBackupFolder(ctx.databasePath)], databasePath: ctx.databasePath, keep: ctx.store.settings.get().backup_keep, zone }
    const exports = await eraseFromExports({ databasePath: ctx.databasePath, exportsFolder: exportsFolder(ctx), customerId: input.id })
    const holding = copiesHolding(input.id, backups)
    return {
      customer_id: input.id,
      erased_at: formatInZone(erasedAt, zone),
      exports_cleaned: exports.cleaned,
      exports_left: exports.left,
      backups_holding: holding.count,
      backups_gone_by: holding.goneBy,
      message: erasureMessage({ cleaned: exports.cleaned, left: exports.left, holding, addressesKept: buyerAddressesKept(ctx.store.db, input.id) }),
    }
  },

  'customers.export': (ctx, input) => {
    const { store, actor } = ctx
    const zone = ctx.zone()
    const record = store.customers.getAny(input.id)
    if (!record) throw new DomainError('NOT_FOUND', 'Customer was not found.')
    if (record.erased_at !== null) {
      throw new DomainError('CONFLICT', 'This customer has been erased: nothing personal is left to export.')
    }
    const bills: Bill[] = allPages((cursor) => store.bills.forCustomer(input.id, EXPORT_PAGE, cursor), (bill) => ({ at: bill.posted_at, id: bill.id })).map((bill) =>
      billFor(actor.role, bill, zone),
    )
    const visits: Visit[] = allPages((cursor) => store.visits.forCustomer(input.id, EXPORT_PAGE, cursor), (visit) => ({ at: visit.at, id: visit.id })).map(
      (visit) => visitFor(actor.role, visit, zone),
    )
    const data: CustomerExport = {
      exported_at: formatInZone(ctx.clock(), zone),
      salon: store.settings.get().salon_name,
      customer: customerDetailFor(actor.role, record, zone),
      visits,
      bills,
      note: 'Parlour keeps bills for as long as tax law requires, even after a customer asks to be erased.',
    }
    const folder = input.folder ?? exportsFolder(ctx)
    prepareFolder(folder, input.folder === undefined)
    // The name in any script, the id's tail (two Priya Sharmas are two files) and the day; a
    // second export that day gets its own name: an export never overwrites another.
    const stem = `${nameForFile(`${record.first_name} ${record.last_name ?? ''}`)}-${record.id.slice(-6).toLowerCase()}-${salonDate(ctx.clock(), zone)}`
    const base = unusedPathBase(folder, stem, ['.json', '.html'])
    writeFileSync(`${base}.json`, `${JSON.stringify(data, null, 2)}\n`, { flag: 'wx' })
    writeFileSync(`${base}.html`, customerPage(data), { flag: 'wx' })
    // Remembered, wherever they went, so an erasure can find them.
    updateExportRegister(ctx.databasePath, {
      written: [
        { file: `${base}.json`, kind: 'customer-json', customer_id: input.id },
        { file: `${base}.html`, kind: 'customer-html', customer_id: input.id },
      ],
    })
    ctx.recordAction({ action: 'customer.export', customer_id: input.id })
    return { json_file: `${base}.json`, html_file: `${base}.html`, bills: bills.length, visits: visits.length }
  },

  'customers.exportCsv': async (ctx, input) => {
    // The owner's chosen file (the dialog asked before replacing one), or a new name in the exports folder.
    const file = input.file ?? `${unusedPathBase(exportsFolder(ctx), `customers-${salonDate(ctx.clock(), ctx.zone())}`, ['.csv'])}.csv`
    if (input.file === undefined) mkdirSync(dirname(file), { recursive: true })
    else prepareFolder(dirname(file), false)
    let rows: number
    try {
      rows = await exportCustomersCsv({ databasePath: ctx.databasePath, dataKey: ctx.dataKey, timeZone: ctx.zone(), file })
    } catch (error) {
      if (!isFileSystemError(error)) throw error // a fault, not the place: INTERNAL
      const reason = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'unknown error'
      throw new DomainError('VALIDATION', 'The export could not be written there.', { file: `Parlour could not write this file (${reason}). Choose another place.` })
    }
    updateExportRegister(ctx.databasePath, { written: [{ file, kind: 'customers-csv', customer_id: null }] })
    ctx.recordAction({ action: 'customers.export_csv', target_id: null })
    return { file, rows }
  },
}
