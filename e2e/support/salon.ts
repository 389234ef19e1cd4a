import type { Connection, Core } from '../../electron/core'
import type { CustomerDetail, Input, Output, Role } from '../../electron/core/contract'
import type { ManualClock } from './harness'
import { must } from '../../test/helpers/must'

export const PINS: Record<Role, string> = { owner: 'salon owner passphrase', receptionist: '482915', staff: '730641' }
export const NAMES: Record<Role, string> = { owner: 'Asha Menon', receptionist: 'Ravi Kumar', staff: 'Sarah Thomas' }

/** The customer most specs start from (`salon.addCustomer(PRIYA)`, or `{ ...PRIYA, email }` for more). */
export const PRIYA: Input<'customers.create'> = { first_name: 'Priya', last_name: 'Sharma', phone: '98765 43210' }

export { must }

/** Bill items in whole rupees, as the core takes them: integer paise (rupees * 100 of an integer is exact). */
export function billItems(items: readonly { name: string; rupees: number; quantity?: number }[]): Input<'bills.preview'>['items'] {
  return items.map((item) => ({ name: item.name, unit_price: Math.round(item.rupees * 100), quantity: item.quantity ?? 1 }))
}

export type Salon = {
  /** A connection logged in as the owner, from the test process (not a page): for seeding. */
  owner: Connection
  ids: Record<Role, string>
  addCustomer(input: Input<'customers.create'>): Promise<CustomerDetail>
  postBill(customerId: string | null, items: readonly { name: string; rupees: number; quantity?: number }[], extra?: Partial<Input<'bills.post'>>): Promise<Output<'bills.post'>>
}

/** What a registered salon's bills must name (issue 18): a test salon has them, as first run asks. */
export const GLOW_PARTICULARS = {
  legal_name: 'Glow Studio Private Limited',
  address: '12, 4th Cross, Indiranagar, Bengaluru 560038',
  state_code: '29',
  gstin: '29AAGCB7383J1Z4',
} as const satisfies Input<'settings.update'>

/**
 * A salon set up from the test process: an owner, a receptionist and a staff member (names
 * and PINs above), settings as given. Pages then log in through the UI.
 */
export async function setUpSalon(core: Core, settings: Input<'settings.update'> = {}): Promise<Salon> {
  const owner = core.connect()
  const ownerUser = await must(owner, 'session.setupOwner', { name: NAMES.owner, pin: PINS.owner })
  await must(owner, 'settings.update', { salon_name: 'Glow Studio', ...GLOW_PARTICULARS, ...settings })
  const receptionist = await must(owner, 'users.create', { name: NAMES.receptionist, role: 'receptionist', pin: PINS.receptionist })
  const staff = await must(owner, 'users.create', { name: NAMES.staff, role: 'staff', pin: PINS.staff })
  return {
    owner,
    ids: { owner: ownerUser.id, receptionist: receptionist.id, staff: staff.id },
    addCustomer: (input) => must(owner, 'customers.create', input),
    postBill: (customerId, items, extra = {}) =>
      must(owner, 'bills.post', {
        ...(customerId ? { customer_id: customerId } : { customer_name: 'Walk-in' }),
        items: billItems(items),
        ...extra,
      }),
  }
}

/**
 * Sets the core's clock to `iso` and logs the seeding owner in again: a jump longer than the idle
 * limit ends every session, the test process's own included.
 */
export async function jumpTo(salon: Salon, clock: ManualClock, iso: string): Promise<void> {
  clock.set(iso)
  await must(salon.owner, 'session.login', { user_id: salon.ids.owner, pin: PINS.owner })
}
