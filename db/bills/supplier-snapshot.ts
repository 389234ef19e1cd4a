import { GST_STATES, type GstKind, type GstStateCode } from '../../vocabulary'
import { DomainError } from '../errors'
import type { SalonSettings } from '../settings/settings.repository'
import type { BillRow } from './bills.table'

/** The columns of a bill that hold what its document printed of the supplier and its kind (migration 0017). */
export type SupplierSnapshot = Pick<
  BillRow,
  'gst_kind' | 'supplier_name' | 'supplier_trade_name' | 'supplier_address' | 'supplier_state_code' | 'supplier_gstin' | 'supplier_phone' | 'place_of_supply' | 'invoice_footer' | 'default_sac'
>

type Particulars = Pick<SalonSettings, 'salon_name' | 'legal_name' | 'address' | 'state_code' | 'gstin' | 'salon_phone' | 'invoice_footer' | 'default_sac'>

/** `29-Karnataka`: where a salon's services are performed, its own state. */
export const placeOfSupply = (stateCode: string): string => `${stateCode}-${GST_STATES[stateCode as GstStateCode] ?? 'Unknown'}`

/**
 * What a bill of this kind prints of the salon, taken at posting and never changed. A salon that is
 * not registered prints no GSTIN and no place of supply (it claims no GST document), even if
 * settings still hold them from before.
 */
export function supplierSnapshot(salon: Particulars, kind: GstKind): SupplierSnapshot {
  const registered = kind !== 'unregistered'
  return {
    gst_kind: kind,
    supplier_name: salon.legal_name ?? salon.salon_name,
    supplier_trade_name: salon.legal_name && salon.legal_name !== salon.salon_name ? salon.salon_name : null,
    supplier_address: salon.address,
    supplier_state_code: salon.state_code,
    supplier_gstin: registered ? salon.gstin : null,
    supplier_phone: salon.salon_phone,
    place_of_supply: registered && salon.state_code ? placeOfSupply(salon.state_code) : null,
    invoice_footer: salon.invoice_footer,
    default_sac: salon.default_sac,
  }
}

/** The particulars a registered salon's documents must name (CGST Rules 46 and 49), in the words the owner sees. */
const PARTICULARS = [
  ['gstin', 'GSTIN'],
  ['legal_name', 'legal name'],
  ['address', 'address'],
  ['state_code', 'state'],
] as const

export function missingParticulars(salon: Pick<SalonSettings, 'gstin' | 'legal_name' | 'address' | 'state_code'>): { field: (typeof PARTICULARS)[number][0]; words: string }[] {
  return PARTICULARS.filter(([field]) => !salon[field]).map(([field, words]) => ({ field, words }))
}

const list = (words: string[]) => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`)

/**
 * Refuses to post the document of a registered salon (a tax invoice, or a composition salon's bill
 * of supply) that would not name its supplier: nothing is written, so the bill's draft stays.
 */
export function assertParticularsFor(kind: GstKind, salon: Pick<SalonSettings, 'gstin' | 'legal_name' | 'address' | 'state_code'>): void {
  if (kind === 'unregistered') return
  const missing = missingParticulars(salon)
  if (missing.length === 0) return
  const document = kind === 'regular' ? 'A tax invoice' : 'A composition salon’s bill of supply'
  throw new DomainError(
    'CONFLICT',
    `${document} must name the salon’s GSTIN, legal name, address and state. Missing: the salon’s ${list(missing.map((m) => m.words))}. The owner sets them in Admin › Settings › Salon details; this bill is kept as a draft until then.`,
    Object.fromEntries(missing.map((m) => [m.field, `Set the salon’s ${m.words} in Admin › Settings › Salon details.`])),
  )
}
