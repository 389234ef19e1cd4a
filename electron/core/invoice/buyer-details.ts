import type { BuyerDetails } from '../../../db/bills/bill.repository'
import { validationError } from '../../../db/errors'
import type { SalonSettings } from '../../../db/settings/settings.repository'
import { gstinStateMismatch, stateOfGstin } from './gstin'

import { ADDRESS_NEEDED_FROM } from '../../../db/bills/invoice-rules'

export { ADDRESS_NEEDED_FROM }

/**
 * A buyer's particulars as the bill keeps them: the address trimmed, the state taken from the
 * GSTIN when not given (and refused when it differs), an address asked for where Rule 46 needs it.
 */
export function buyerDetailsFor(given: BuyerDetails, taxableValue: number, salon: Pick<SalonSettings, 'gst_kind'>): BuyerDetails {
  const address = given.buyer_address?.trim() || undefined
  const gstin = given.buyer_gstin
  const mismatch = gstinStateMismatch(gstin, given.buyer_state_code)
  if (mismatch) throw validationError({ buyer_gstin: mismatch })
  const state = given.buyer_state_code ?? (gstin ? stateOfGstin(gstin) : undefined)
  if (salon.gst_kind === 'regular' && !gstin && taxableValue >= ADDRESS_NEEDED_FROM && (!address || !state)) {
    throw validationError(
      { ...(address ? {} : { buyer_address: 'Enter the customer’s address.' }), ...(state ? {} : { buyer_state_code: 'Choose the customer’s state.' }) },
      'A bill of ₹50,000 or more carries the customer’s address and state.',
    )
  }
  if (address && !state) throw validationError({ buyer_state_code: 'Choose the state of this address.' })
  return { buyer_gstin: gstin, buyer_address: address, buyer_state_code: state }
}
