/**
 * Parlour's shared tier (ARCHITECTURE rule 13): the pure rules the database layer, the core, the
 * renderer and later the sync server all import, each declared once. This file holds the closed
 * sets of words the data, the contract and the screens share, `as const`; types and zod enums
 * derive from these lists, so a new payment method or status is one edit here (plus a migration
 * for the database's CHECK constraint: migrations are frozen in time and never import this module).
 * The modules beside it hold one rule each: who may call what (access), the visit lifecycle,
 * limits, the PIN policy, money and phone display, who counts as a stylist.
 *
 * No Node and no DOM (tsconfig.vocabulary.json type-checks it with neither), and no imports from
 * outside vocabulary/ but zod (eslint.config.js).
 */

import type { ROLES } from './roles'

const values = <const T extends readonly string[]>(...list: T): T => list

export { ROLES, COUNTER_ROLES, OWNER_ONLY } from './roles'
/** Who is logged in (ARCHITECTURE, Roles). */
export type Role = (typeof ROLES)[number]

/** A visit's status; it only moves forward (vocabulary/visit-status.ts says how). */
export const VISIT_STATUSES = values('scheduled', 'checked_in', 'in_progress', 'completed', 'cancelled', 'no_show')
export type VisitStatus = (typeof VISIT_STATUSES)[number]
export const VISIT_KINDS = values('walkin', 'appointment')
export type VisitKind = (typeof VISIT_KINDS)[number]

export const PAYMENT_METHODS = values('cash', 'upi', 'card', 'other')
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** A bill is a sale or the refund of one; a refunded sale reads 'refunded'. */
export const BILL_KINDS = values('sale', 'refund')
export type BillKind = (typeof BILL_KINDS)[number]
export const BILL_STATUSES = values('posted', 'refunded')
export type BillStatus = (typeof BILL_STATUSES)[number]

/**
 * The amount block every bill carries, in integer paise (the rate in basis points): stored on
 * `bills`, computed by db/bills/bill-math.ts, shown by the contract's Bill and BillPreview.
 */
export const BILL_AMOUNT_FIELDS = values('subtotal', 'discount', 'gst_rate_bp', 'cgst', 'sgst', 'total', 'rounded_total', 'rounding_adjustment')
export type BillAmountBlock = { [K in (typeof BILL_AMOUNT_FIELDS)[number]]: number }

/** What a menu item (and a bill line) is: a service taxed at the salon's rate, or a retail product at its own. */
/**
 * The kind of salon under GST, which decides the document a sale prints (issue 18):
 * regular registration, a tax invoice (CGST Rule 46) collecting tax; composition, a bill of supply
 * collecting none (Rules 5(1)(g), 49) with the GSTIN printed; not registered, a plain receipt.
 */
export const GST_KINDS = values('regular', 'composition', 'unregistered')
export type GstKind = (typeof GST_KINDS)[number]
export const GST_KIND_LABELS: Record<GstKind, string> = {
  regular: 'GST registered (regular)',
  composition: 'GST registered under the composition scheme',
  unregistered: 'Not registered under GST',
}
/** The day GST began in India: the kind recorded for a salon from before any change was dated. */
export const GST_BEGAN = '2017-07-01'

export const MENU_ITEM_KINDS = values('service', 'product')
export type MenuItemKind = (typeof MENU_ITEM_KINDS)[number]

/** The SAC codes a salon's services are taxed under (GST services classification, heading 9997). */
export const SERVICE_SAC_CODES = values('999721', '999722', '999729')
export type ServiceSacCode = (typeof SERVICE_SAC_CODES)[number]

export const AUDIT_OUTCOMES = values('ok', 'denied', 'failed')
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

export const BACKUP_REASONS = values('manual', 'daily', 'pre-migration', 'before-restore')
export type BackupReason = (typeof BACKUP_REASONS)[number]

/**
 * What the owner filters the audit log by: each group is the actions whose name starts with one
 * of its prefixes (electron/core/audit/audit-groups.ts); 'refused' is every call a role was refused.
 */
export const AUDIT_GROUPS = values('bills', 'customers', 'visits', 'logins', 'team', 'safety', 'refused')
export type AuditGroup = (typeof AUDIT_GROUPS)[number]

/** Indian rupee notes and coins a drawer is counted in, largest first (₹2,000 notes are still legal tender). */
export const CASH_DENOMINATIONS = values('2000', '500', '200', '100', '50', '20', '10', '5', '2', '1')
export type CashDenomination = (typeof CASH_DENOMINATIONS)[number]

/**
 * India's states and union territories by their GST state code: the first two digits of a GSTIN,
 * and the place of supply printed on invoices (25 and 28 are retired codes).
 */
export const GST_STATES = {
  '01': 'Jammu and Kashmir',
  '02': 'Himachal Pradesh',
  '03': 'Punjab',
  '04': 'Chandigarh',
  '05': 'Uttarakhand',
  '06': 'Haryana',
  '07': 'Delhi',
  '08': 'Rajasthan',
  '09': 'Uttar Pradesh',
  '10': 'Bihar',
  '11': 'Sikkim',
  '12': 'Arunachal Pradesh',
  '13': 'Nagaland',
  '14': 'Manipur',
  '15': 'Mizoram',
  '16': 'Tripura',
  '17': 'Meghalaya',
  '18': 'Assam',
  '19': 'West Bengal',
  '20': 'Jharkhand',
  '21': 'Odisha',
  '22': 'Chhattisgarh',
  '23': 'Madhya Pradesh',
  '24': 'Gujarat',
  '26': 'Dadra and Nagar Haveli and Daman and Diu',
  '27': 'Maharashtra',
  '29': 'Karnataka',
  '30': 'Goa',
  '31': 'Lakshadweep',
  '32': 'Kerala',
  '33': 'Tamil Nadu',
  '34': 'Puducherry',
  '35': 'Andaman and Nicobar Islands',
  '36': 'Telangana',
  '37': 'Andhra Pradesh',
  '38': 'Ladakh',
  '97': 'Other Territory',
} as const
export type GstStateCode = keyof typeof GST_STATES
export const GST_STATE_CODES = Object.keys(GST_STATES) as GstStateCode[]

export * from './access'
export * from './limits'
export * from './money'
export * from './phone-display'
export * from './pin-policy'
export * from './team'
export * from './visit-status'
