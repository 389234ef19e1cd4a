import { validationError } from './errors'
import { parsePhone } from './customers/phone'
import type { PiiVault } from './vault/vault'

/**
 * An anonymous visitor's or buyer's phone, encrypted like every phone (bound to its table and
 * row) with a blind index so erasure can find it later. `field` names the input for errors.
 */
export function sealAnonymousPhone(vault: PiiVault, table: 'bills' | 'visits', rowId: string, raw: string | undefined, field = 'customer_phone') {
  if (raw === undefined || raw.trim() === '') return { customer_phone: null, customer_phone_bidx: null }
  const parsed = parsePhone(raw)
  if (!parsed.ok) throw validationError({ [field]: parsed.reason }, parsed.reason)
  return { customer_phone: vault.encrypt(table, 'customer_phone', rowId, parsed.e164), customer_phone_bidx: vault.phoneIndex(parsed.e164) }
}
