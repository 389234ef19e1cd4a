import { describe, expect, it } from 'vitest'
import { findProblems } from '../../../db/check/invariants'
import { must, openTestCore, salonWithUsers } from '../../../test/helpers/core'
import { rawDatabaseBytes } from '../../../test/helpers/temp'

/** A bridal package: ₹60,000 of taxable value, over the ₹50,000 from which an unregistered buyer's address is on the invoice. */
const BRIDAL = [{ name: 'Bridal package', unit_price: 6_000_000, quantity: 1 }]
/** Under ₹50,000: the address is on the invoice only because the buyer asked. */
const SPA = [{ name: 'Hair spa', unit_price: 140_000, quantity: 1 }]
const HOME = '14 Lavelle Road, Bengaluru 560001'
const HOME_ON_BRIDAL = '3 Palace Road, Bengaluru 560052'
const OTHER_HOME = '22 Church Street, Bengaluru 560001'
const OFFICE = 'Unit 5, Nariman Point, Mumbai 400021'
const GSTIN = '27AAPFU0939F1ZV'

describe('erasure and the buyer on bills', () => {
  it('erases a private buyer’s address from their bills and anonymous bills with their phone; what the law keeps on a tax invoice (a business’s GSTIN and address, a private address from ₹50,000, every state) stays', async () => {
    const { core, path } = await openTestCore()
    const { owner, receptionist } = await salonWithUsers(core)
    const ishita = await must(receptionist, 'customers.create', { first_name: 'Ishita', last_name: 'Rao', phone: '9812345670' })
    const meera = await must(receptionist, 'customers.create', { first_name: 'Meera', last_name: 'Nair', phone: '9812345671' })
    // Her own bill, as a private buyer, with her home address; her firm's bill, with its GSTIN and office;
    // an anonymous bill in her name and phone with her address; and another customer's bill with hers.
    const own = await must(receptionist, 'bills.post', { customer_id: ishita.id, items: SPA, buyer_address: HOME, buyer_state_code: '29' })
    const bridal = await must(receptionist, 'bills.post', { customer_id: ishita.id, items: BRIDAL, buyer_address: HOME_ON_BRIDAL, buyer_state_code: '29' })
    const firm = await must(receptionist, 'bills.post', { customer_id: ishita.id, items: BRIDAL, buyer_gstin: GSTIN, buyer_address: OFFICE })
    const anonymous = await must(receptionist, 'bills.post', { customer_name: 'Ishita', customer_phone: '+91 98123 45670', items: SPA, buyer_address: HOME, buyer_state_code: '29' })
    const other = await must(receptionist, 'bills.post', { customer_id: meera.id, items: BRIDAL, buyer_address: OTHER_HOME, buyer_state_code: '29' })
    expect(rawDatabaseBytes(path).includes(Buffer.from('Lavelle Road'))).toBe(true)

    const erased = await must(owner, 'customers.erase', { id: ishita.id, confirm: 'ERASE', basis: 'Customer asked in writing (DPDP s.12)' })
    expect(erased.message).toContain('Their address stays on one tax invoice of ₹50,000 or more')

    const buyer = async (id: string) => {
      const bill = await must(owner, 'bills.get', { id })
      return { gstin: bill.buyer_gstin, address: bill.buyer_address, state: bill.buyer_state_code }
    }
    expect(await buyer(own.id)).toEqual({ gstin: null, address: null, state: '29' })
    expect(await buyer(anonymous.id)).toEqual({ gstin: null, address: null, state: '29' })
    expect(await buyer(firm.id)).toEqual({ gstin: GSTIN, address: OFFICE, state: '27' })
    // Rule 46(e) puts an unregistered buyer's address on a tax invoice from ₹50,000, and the invoice must be kept.
    expect(await buyer(bridal.id)).toEqual({ gstin: null, address: HOME_ON_BRIDAL, state: '29' })
    expect(await buyer(other.id)).toEqual({ gstin: null, address: OTHER_HOME, state: '29' })
    // The invoices still read: the business's particulars in full, the private one with its place of supply and no address.
    expect((await must(owner, 'invoices.get', { bill_id: firm.id })).buyer).toMatchObject({ gstin: GSTIN, address: OFFICE, state_code: '27' })
    expect((await must(owner, 'invoices.get', { bill_id: own.id })).buyer).toMatchObject({ name: expect.stringMatching(/^Erased customer/), gstin: null, address: null, state_code: '29' })
    // The bills, their totals and the tax stand; the address is gone from the file, not just from reads.
    const amounts = ({ rounded_total, cgst, sgst }: { rounded_total: number; cgst: number; sgst: number }) => ({ rounded_total, cgst, sgst })
    expect(amounts(await must(owner, 'bills.get', { id: own.id }))).toEqual(amounts(own))
    expect(amounts(await must(owner, 'bills.get', { id: bridal.id }))).toEqual({ rounded_total: 6_300_000, cgst: 150_000, sgst: 150_000 })
    expect(findProblems(core.store.db.sqlite)).toEqual([])
    expect(rawDatabaseBytes(path).includes(Buffer.from('Lavelle Road'))).toBe(false)
    expect(rawDatabaseBytes(path).includes(Buffer.from('Church Street'))).toBe(true)
    await core.close()
  })
})
