import { toStoredTime, type Clock } from '../clock'
import type { Db } from '../sqlite/connection'
import type { Given } from '../row'
import type { Writer } from '../sync/writer'
import { recomputeCustomerTotals } from '../customers/customer-totals'
import { fullName } from '../customers/customer.fields'
import { DomainError, notFound, validationError } from '../errors'
import type { IdFactory } from '../ids'
import { nextInvoiceNumber, rederiveInvoiceCounters } from '../numbering/numbering'
import { sealAnonymousPhone } from '../anonymous-phone'
import type { SettingsRepository } from '../settings/settings.repository'
import type { BillItemRow, BillPaymentRow, BillRow, BillTaxRateRow } from './bills.table'
import type { PiiVault } from '../vault/vault'
import { startOfSalonDay, addDays, salonDate, wallClock } from '../zoned-time'
import { assertParticularsFor, supplierSnapshot } from './supplier-snapshot'
import { billLine, computeBill, settlePayments, type BillLine, type Payment, type TaxRateRow } from './bill-math'
import { resolveLines, type LineRequest } from './bill-lines'
import { recordSaleInMonth, recordRefundInMonth } from './sales-by-month'
import { visibleName } from '../customers/names'
import type { CustomerRow } from '../customers/customers.table'

/** Who a bill is for: a registered customer, or an anonymous buyer's name and the phone as typed (the store encrypts it). */
export type BillParty = Given<BillRow, 'customer_id' | 'customer_name'> & { customer_phone?: string | undefined }
/** What a business customer (or any buyer who asks) has printed on the invoice. */
export type BuyerDetails = Given<BillRow, 'buyer_gstin' | 'buyer_address' | 'buyer_state_code'>
export type NewBill = BillParty & BuyerDetails & { items: LineRequest[]; discount?: number | undefined; payments?: Payment[] | undefined }

/** A bill with its lines, payments, refund link and the name to show for its customer. */
export type BillRecord = BillRow & {
  items: (BillLine & { stylist_name: string | null })[]
  /** Taxable value, CGST and SGST per rate, as posted. */
  tax_rates: TaxRateRow[]
  payments: Payment[]
  /**
   * Sales: the refund bills of this sale, oldest first (two desks offline may each refund it, and
   * credit notes may refund it in parts: SYNC.md). `refund_bill_id` is the first of them, kept for
   * what read one refund per sale; `refunded_total` is what they paid back together.
   */
  refund_bill_ids: string[]
  refund_bill_id: string | null
  refunded_total: number
  /** The registered customer's current name, or the anonymous buyer's name. */
  display_name: string | null
}

export type BillRepository = ReturnType<typeof createBillRepository>

type Deps = { db: Db; writer: Writer; deskCode: () => string; vault: PiiVault; clock: Clock; newId: IdFactory; settings: SettingsRepository }

export function createBillRepository({ db, writer, deskCode, vault, clock, newId, settings }: Deps) {
  const { kysely, sync } = db

  // Hydration runs on every history page: constant SQL over a JSON list of ids keeps each
  // statement prepared once, whatever the page size.
  const IDS = `(SELECT value FROM json_each(?))`
  const hydrateSql = {
    items: `SELECT i.*, u.name AS stylist_name
      FROM bill_items i LEFT JOIN users u ON u.id = i.stylist_id WHERE i.bill_id IN ${IDS} ORDER BY i.bill_id, i.line_no`,
    taxRates: `SELECT bill_id, gst_rate_bp, taxable_value, cgst, sgst FROM bill_tax_rates WHERE bill_id IN ${IDS} ORDER BY bill_id, gst_rate_bp`,
    payments: `SELECT bill_id, method, amount FROM bill_payments WHERE bill_id IN ${IDS} ORDER BY bill_id, line_no`,
    refunds: `SELECT id, original_bill_id, rounded_total FROM bills WHERE original_bill_id IN ${IDS} ORDER BY posted_at, id`,
    names: `SELECT id, first_name, last_name FROM customers WHERE id IN ${IDS}`,
  } as const

  function hydrate(rows: BillRow[]): BillRecord[] {
    if (rows.length === 0) return []
    const ids = JSON.stringify(rows.map((row) => row.id))
    const customerIds = JSON.stringify([...new Set(rows.map((row) => row.customer_id).filter((id): id is string => id !== null))])
    const items = new Map<string, BillRecord['items']>()
    for (const line of sync.prepare(hydrateSql.items).all(ids) as (BillItemRow & { stylist_name: string | null })[]) {
      const list = items.get(line.bill_id) ?? []
      list.push(Object.assign(billLine(line), { stylist_name: line.stylist_name }))
      items.set(line.bill_id, list)
    }
    const taxRates = new Map<string, TaxRateRow[]>()
    for (const rate of sync.prepare(hydrateSql.taxRates).all(ids) as BillTaxRateRow[]) {
      const list = taxRates.get(rate.bill_id) ?? []
      list.push({ gst_rate_bp: rate.gst_rate_bp, taxable_value: rate.taxable_value, cgst: rate.cgst, sgst: rate.sgst })
      taxRates.set(rate.bill_id, list)
    }
    const payments = new Map<string, BillRecord['payments']>()
    for (const line of sync.prepare(hydrateSql.payments).all(ids) as Omit<BillPaymentRow, 'line_no'>[]) {
      const list = payments.get(line.bill_id) ?? []
      list.push({ method: line.method, amount: line.amount })
      payments.set(line.bill_id, list)
    }
    const refunds = new Map<string, { ids: string[]; total: number }>()
    // Refunds of these bills: original_bill_id is never null here.
    type RefundOf = Pick<BillRow, 'id' | 'rounded_total'> & { original_bill_id: NonNullable<BillRow['original_bill_id']> }
    for (const refund of sync.prepare(hydrateSql.refunds).all(ids) as RefundOf[]) {
      const of = refunds.get(refund.original_bill_id) ?? { ids: [], total: 0 }
      of.ids.push(refund.id)
      of.total += refund.rounded_total
      refunds.set(refund.original_bill_id, of)
    }
    const names = new Map(
      (sync.prepare(hydrateSql.names).all(customerIds) as Pick<CustomerRow, 'id' | 'first_name' | 'last_name'>[]).map((c) => [c.id, fullName(c.first_name, c.last_name)]),
    )
    // Fields copied one by one: spreading better-sqlite3's row objects allocates ~5 KB a row
    // (measured), and history pages are read at the counter all day.
    return rows.map(
      (row): BillRecord => ({
        id: row.id,
        invoice_number: row.invoice_number,
        kind: row.kind,
        original_bill_id: row.original_bill_id,
        customer_id: row.customer_id,
        customer_name: row.customer_name,
        customer_phone: row.customer_phone,
        customer_phone_bidx: row.customer_phone_bidx,
        subtotal: row.subtotal,
        discount: row.discount,
        gst_rate_bp: row.gst_rate_bp,
        cgst: row.cgst,
        sgst: row.sgst,
        total: row.total,
        rounded_total: row.rounded_total,
        rounding_adjustment: row.rounding_adjustment,
        refund_reason: row.refund_reason,
        buyer_gstin: row.buyer_gstin,
        buyer_address: row.buyer_address,
        buyer_state_code: row.buyer_state_code,
        posted_at: row.posted_at,
        created_by: row.created_by,
        desk: row.desk,
        gst_kind: row.gst_kind,
        supplier_name: row.supplier_name,
        supplier_trade_name: row.supplier_trade_name,
        supplier_address: row.supplier_address,
        supplier_state_code: row.supplier_state_code,
        supplier_gstin: row.supplier_gstin,
        supplier_phone: row.supplier_phone,
        place_of_supply: row.place_of_supply,
        invoice_footer: row.invoice_footer,
        default_sac: row.default_sac,
        items: items.get(row.id) ?? [],
        tax_rates: taxRates.get(row.id) ?? [],
        payments: payments.get(row.id) ?? [],
        refund_bill_ids: refunds.get(row.id)?.ids ?? [],
        refund_bill_id: refunds.get(row.id)?.ids[0] ?? null,
        refunded_total: refunds.get(row.id)?.total ?? 0,
        display_name: row.customer_id ? (names.get(row.customer_id) ?? null) : row.customer_name,
      }),
    )
  }

  const rowById = (id: string) => sync.get(kysely.selectFrom('bills').selectAll().where('id', '=', id))

  function insertBill(row: BillRow, items: readonly BillLine[], payments: BillRecord['payments'], taxRates: readonly TaxRateRow[]) {
    writer.insert('bills', row)
    // billLine: a refund's lines come hydrated, with a stylist_name the table has no column for.
    items.forEach((item, index) => writer.insert('bill_items', Object.assign(billLine(item), { bill_id: row.id, line_no: index + 1 })))
    taxRates.forEach((rate) => writer.insert('bill_tax_rates', { bill_id: row.id, ...rate }))
    payments.forEach((payment, index) => writer.insert('bill_payments', { bill_id: row.id, line_no: index + 1, ...payment }))
  }

  return {
    /** What posting these lines would compute, with today's menu and the salon's kind and rate today. */
    preview(items: LineRequest[], discount = 0) {
      const current = settings.get()
      return computeBill(resolveLines(db, items), discount, { collects_tax: current.gst_kind === 'regular', gst_rate_bp: current.gst_rate_bp })
    },

    /**
     * Posts a sale. For a registered customer the bill and their analytics (visits + 1, spend +
     * rounded total, last visit) commit in one transaction; a deleted customer is refused.
     */
    post(input: NewBill, createdBy: string): BillRecord {
      const { customer_id: customerId, customer_name: rawName, customer_phone: rawPhone } = input
      const name = visibleName(rawName)
      if (customerId && (name || rawPhone)) throw validationError({ customer_id: 'Give a registered customer or a name for an anonymous bill, not both.' })
      if (!customerId && !name) throw validationError({ customer_name: 'Enter the customer’s name, or pick a registered customer.' })

      const current = settings.get()
      // The kind in force on the bill's salon day (today, on the same clock) decides its document and
      // whether it collects tax: settings.get() has it worked out once a day, as the preview reads it.
      const kind = current.gst_kind
      assertParticularsFor(kind, current)
      const amounts = computeBill(resolveLines(db, input.items), input.discount ?? 0, { collects_tax: kind === 'regular', gst_rate_bp: current.gst_rate_bp })
      const payments = settlePayments(input.payments, amounts.rounded_total)
      const id = newId()
      const phone = customerId ? { customer_phone: null, customer_phone_bidx: null } : sealAnonymousPhone(vault, 'bills', id, rawPhone)

      return sync.transaction(() => {
        const now = clock()
        const postedAt = toStoredTime(now)
        let previous: Pick<CustomerRow, 'total_visits' | 'last_visit_at'> | undefined
        if (customerId) {
          previous = sync.get(
            kysely.selectFrom('customers').select(['total_visits', 'last_visit_at']).where('id', '=', customerId).where('deleted_at', 'is', null),
          )
          if (!previous) throw new DomainError('NOT_FOUND', 'This customer was not found or has been deleted. Restore them or bill by name.')
        }
        const row: BillRow = {
          id,
          invoice_number: nextInvoiceNumber(db, 'sale', current.invoice_prefix, now, current.time_zone),
          kind: 'sale',
          original_bill_id: null,
          customer_id: customerId ?? null,
          customer_name: customerId ? null : (name ?? null),
          ...phone,
          subtotal: amounts.subtotal,
          discount: amounts.discount,
          gst_rate_bp: amounts.gst_rate_bp,
          cgst: amounts.cgst,
          sgst: amounts.sgst,
          total: amounts.total,
          rounded_total: amounts.rounded_total,
          rounding_adjustment: amounts.rounding_adjustment,
          refund_reason: null,
          buyer_gstin: input.buyer_gstin ?? null,
          buyer_address: input.buyer_address?.trim() || null,
          buyer_state_code: input.buyer_state_code ?? null,
          posted_at: postedAt,
          created_by: createdBy,
          desk: deskCode(),
          ...supplierSnapshot(current, kind),
        }
        insertBill(row, amounts.items, payments, amounts.tax_rates)
        if (customerId && previous) recomputeCustomerTotals(db, writer, customerId)
        recordSaleInMonth(writer, monthOf(now, current.time_zone), amounts.rounded_total, previous, monthStart(now, current.time_zone))
        return hydrate([row])[0] as BillRecord
      })
    },

    /** Refunds a whole sale (owner-approved): a refund bill, the sale reads refunded, spend goes down. */
    refund(billId: string, reason: string, approvedBy: string): BillRecord {
      return sync.transaction(() => {
        const original = rowById(billId)
        if (!original) throw notFound('Bill')
        if (original.kind === 'refund') throw validationError({ bill_id: 'This is already a refund.' }, 'A refund cannot be refunded.')
        // No index allows one refund per sale any more (two desks offline may each refund it), so
        // the check is here: this refund pays back the whole sale, so it is refused once any
        // refund of the sale is known on this desk (it would pay back more than the sale took).
        const refunded = sync.prepare(`SELECT invoice_number, rounded_total FROM bills WHERE original_bill_id = ? ORDER BY posted_at, id`).all(billId) as Pick<BillRow, 'invoice_number' | 'rounded_total'>[]
        const repaid = refunded.reduce((sum, refund) => sum + refund.rounded_total, 0)
        if (refunded.length > 0) {
          const numbers = refunded.map((refund) => refund.invoice_number).join(', ')
          throw new DomainError('CONFLICT', repaid >= original.rounded_total ? `This bill was already refunded (${numbers}).` : `This bill was already refunded in part (${numbers}).`)
        }
        const [hydrated] = hydrate([original]) as [BillRecord]
        const now = clock()
        const current = settings.get()
        const id = newId()
        // A credit note is of its sale's kind (a tax invoice's is a credit note under Rule 53),
        // naming the supplier as the salon's particulars stand when it is issued.
        const kind = original.gst_kind ?? settings.kindOn(salonDate(new Date(original.posted_at), current.time_zone))
        assertParticularsFor(kind, current)
        const row: BillRow = {
          ...original,
          ...supplierSnapshot(current, kind),
          id,
          invoice_number: nextInvoiceNumber(db, 'refund', current.invoice_prefix, now, current.time_zone),
          kind: 'refund',
          original_bill_id: original.id,
          // The anonymous buyer's phone stays on the sale only.
          customer_phone: null,
          customer_phone_bidx: null,
          refund_reason: reason.trim(),
          posted_at: toStoredTime(now),
          created_by: approvedBy,
          desk: deskCode(),
        }
        insertBill(row, hydrated.items, hydrated.payments, hydrated.tax_rates)
        if (original.customer_id) recomputeCustomerTotals(db, writer, original.customer_id)
        recordRefundInMonth(writer, monthOf(now, current.time_zone), original.rounded_total)
        return hydrate([row])[0] as BillRecord
      })
    },

    /** Moves the invoice counters past every number the ledger and the audit log know (numbering.ts). */
    rederiveCounters(at: Date): number {
      return rederiveInvoiceCounters(db, settings.get(), at)
    },

    get(id: string): BillRecord {
      const row = rowById(id)
      if (!row) throw notFound('Bill')
      return hydrate([row])[0] as BillRecord
    },

    /** Bills posted on one salon day, newest first, paged by id. */
    listDay(salonDay: string, timeZone: string, limit: number, before?: string): BillRecord[] {
      const from = toStoredTime(startOfSalonDay(salonDay, timeZone))
      const to = toStoredTime(startOfSalonDay(addDays(salonDay, 1), timeZone))
      let query = kysely.selectFrom('bills').selectAll().where('posted_at', '>=', from).where('posted_at', '<', to)
      if (before) query = query.where('id', '<', before)
      return hydrate(sync.all(query.orderBy('posted_at', 'desc').orderBy('id', 'desc').limit(limit)))
    },

    /** Every bill posted in [from, to) (stored times), oldest first, with its lines: the GST summary's source. */
    inPeriod(from: string, to: string): BillRecord[] {
      return hydrate(sync.all(kysely.selectFrom('bills').selectAll().where('posted_at', '>=', from).where('posted_at', '<', to).orderBy('posted_at').orderBy('id')))
    },

    /** A customer's bill rows strictly older than the cursor (posted_at, id), newest first, not yet hydrated. */
    rowsForCustomer(customerId: string, limit: number, before?: { at: string; id: string }): BillRow[] {
      return (
        before
          ? sync
              .prepare(`SELECT * FROM bills WHERE customer_id = ? AND (posted_at, id) < (?, ?) ORDER BY posted_at DESC, id DESC LIMIT ?`)
              .all(customerId, before.at, before.id, limit)
          : sync.prepare(`SELECT * FROM bills WHERE customer_id = ? ORDER BY posted_at DESC, id DESC LIMIT ?`).all(customerId, limit)
      ) as BillRow[]
    },

    /** Lines, payments, refund links and names for bill rows. */
    hydrate,

    /** A customer's bills strictly older than the cursor, newest first. */
    forCustomer(customerId: string, limit: number, before?: { at: string; id: string }): BillRecord[] {
      return hydrate(this.rowsForCustomer(customerId, limit, before))
    },

    /** Opens an anonymous bill's phone (owner exports); null when none or unreadable. */
    anonymousPhone(row: BillRow): string | null {
      if (!row.customer_phone) return null
      const opened = vault.tryDecrypt('bills', 'customer_phone', row.id, row.customer_phone)
      return opened.ok ? opened.value : null
    },
  }
}

/** `2026-11`: the salon month of a moment. */
export function monthOf(at: Date, timeZone: string): string {
  const { year, month } = wallClock(at, timeZone)
  return `${year}-${String(month).padStart(2, '0')}`
}

function monthStart(at: Date, timeZone: string): string {
  return toStoredTime(startOfSalonDay(`${monthOf(at, timeZone)}-01`, timeZone))
}
