/**
 * CGST Rule 46(e): a tax invoice to an unregistered buyer carries their name, address and state
 * from ₹50,000 of taxable value (paise). Below it the address is on the invoice only because the
 * buyer asked.
 */
export const ADDRESS_NEEDED_FROM = 5_000_000
