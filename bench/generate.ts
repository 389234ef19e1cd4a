/**
 * Realistic salon data for benchmarks and demos: Indian names (faker en_IN), unique valid
 * mobile numbers, emails and birthdays for some, and a spread of visits and spend backed by
 * real bills (so every invariant holds and history pages have something to page through).
 * Inserts with prepared statements in large transactions; the vault encrypts as the app does.
 */
import { Faker, base, en, en_IN } from '@faker-js/faker'
import { ulid } from 'ulid'
import { toStoredTime } from '../db/clock'
import type { Store } from '../db/store'
import { monthOf } from '../db/bills/bill.repository'
import { financialYear } from '../db/numbering/numbering'
import { parsePhone } from '../db/customers/phone'
import { computeBill } from '../db/bills/bill-math'

export type SeedOptions = {
  count: number
  seed?: number
  /** Mean bills per customer (the spread is skewed: many one-time visitors, a few regulars). */
  billsPerCustomer?: number
  /** "Now" for the data: visits fall in the two years before it. */
  now?: Date
  onProgress?: (done: number, total: number) => void
}

export type SeedResult = { customers: number; bills: number; phones: string[] }

const SERVICES = [
  ['Haircut', 50_000],
  ['Hair colour', 250_000],
  ['Hair spa', 120_000],
  ['Facial', 180_000],
  ['Threading', 5_000],
  ['Manicure', 60_000],
  ['Pedicure', 80_000],
  ['Beard trim', 20_000],
  ['Keratin treatment', 600_000],
] as const
const DAY = 86_400_000
const GST_5 = { collects_tax: true, gst_rate_bp: 500 }

/** A unique Indian mobile number that libphonenumber accepts (10 digits, a mobile series). */
function uniqueMobile(faker: Faker, taken: Set<string>): string {
  for (;;) {
    const candidate = `${faker.number.int({ min: 6, max: 9 })}${String(faker.number.int({ min: 0, max: 999_999_999 })).padStart(9, '0')}`
    if (!taken.has(candidate) && parsePhone(candidate).ok) {
      taken.add(candidate)
      return candidate
    }
  }
}

export function seedCustomers(store: Store, options: SeedOptions): SeedResult {
  const faker = new Faker({ locale: [en_IN, en, base], seed: options.seed ?? 42 })
  const now = (options.now ?? store.clock()).getTime()
  const meanBills = options.billsPerCustomer ?? 5
  const zone = store.timeZone()
  const { vault } = store
  const sqlite = store.db.sqlite
  const owner = ensureSeedUser(store)
  const taken = new Set<string>()
  const phones: string[] = []

  const insertCustomer = sqlite.prepare(
    `INSERT INTO customers (id, first_name, last_name, phone, phone_bidx, phone_last4_bidx, email, date_of_birth, birthday_bidx, gender, notes,
       total_visits, total_spent, last_visit_at, created_at, updated_at)
     VALUES (@id, @first_name, @last_name, @phone, @phone_bidx, @phone_last4_bidx, @email, @date_of_birth, @birthday_bidx, @gender, @notes,
       @total_visits, @total_spent, @last_visit_at, @created_at, @updated_at)`,
  )
  const insertBill = sqlite.prepare(
    `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
     VALUES (?, ?, 'sale', ?, ?, 0, 500, ?, ?, ?, ?, ?, ?, ?)`,
  )
  // One service line at the salon's 5%, no code (a custom line), and the bill's one-row tax table.
  const insertItem = sqlite.prepare(`INSERT INTO bill_items (bill_id, line_no, name, unit_price, quantity, line_total, kind, gst_rate_bp) VALUES (?, 1, ?, ?, 1, ?, 'service', 500)`)
  const insertTaxRate = sqlite.prepare(`INSERT INTO bill_tax_rates (bill_id, gst_rate_bp, taxable_value, cgst, sgst) VALUES (?, 500, ?, ?, ?)`)
  const insertPayment = sqlite.prepare(`INSERT INTO bill_payments (bill_id, line_no, method, amount) VALUES (?, 1, ?, ?)`)
  const months = new Map<string, { revenue: number; visits: number; new_customers: number; returning_customers: number }>()
  const sequences = new Map<number, number>()
  let bills = 0

  const batch = sqlite.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = ulid(now - faker.number.int({ min: 0, max: 3 * 365 }) * DAY)
      const createdMs = now - faker.number.int({ min: 30, max: 3 * 365 }) * DAY
      const first = faker.person.firstName()
      const last = faker.number.int(9) === 0 ? null : faker.person.lastName()
      const mobile = uniqueMobile(faker, taken)
      phones.push(mobile)
      const e164 = `+91${mobile}`
      const email = faker.number.int(2) === 0 ? faker.internet.email({ firstName: first, lastName: last ?? '' }).toLowerCase() : null
      const dob = faker.number.int(4) > 0 ? faker.date.birthdate({ min: 16, max: 75, mode: 'age', refDate: now }).toISOString().slice(0, 10) : null
      // Skewed visit counts: most come a few times, some are regulars.
      const visits = Math.min(200, Math.floor(-Math.log(1 - faker.number.float({ min: 0, max: 0.999 })) * meanBills))
      let spent = 0
      let lastVisit: number | null = null
      const visitTimes = Array.from({ length: visits }, () => faker.number.int({ min: createdMs, max: now - 60_000 })).sort((a, b) => a - b)
      const billRows: [string, string, number, number, number, number, number][] = []
      for (const [index, at] of visitTimes.entries()) {
        const [service, price] = SERVICES[faker.number.int(SERVICES.length - 1)] as (typeof SERVICES)[number]
        const { cgst: tax, total, rounded_total: rounded } = computeBill([{ name: service, unit_price: price, quantity: 1 }], 0, GST_5)
        const fy = financialYear(new Date(at), zone)
        const sequence = (sequences.get(fy) ?? 0) + 1
        sequences.set(fy, sequence)
        billRows.push([`${ulid(at)}`, `SAL-${String(fy % 100).padStart(2, '0')}-${String(sequence).padStart(4, '0')}`, price, tax, total, rounded, at])
        spent += rounded
        lastVisit = at
        const month = monthOf(new Date(at), zone)
        const figures = months.get(month) ?? { revenue: 0, visits: 0, new_customers: 0, returning_customers: 0 }
        figures.revenue += rounded
        figures.visits += 1
        if (index === 0) figures.new_customers += 1
        else if (monthOf(new Date(visitTimes[index - 1] as number), zone) !== month) figures.returning_customers += 1
        months.set(month, figures)
      }
      insertCustomer.run({
        id,
        first_name: first,
        last_name: last,
        phone: vault.encrypt('customers', 'phone', id, e164),
        phone_bidx: vault.phoneIndex(e164),
        phone_last4_bidx: vault.phoneLast4Index(mobile.slice(-4)),
        email: email ? vault.encrypt('customers', 'email', id, email) : null,
        date_of_birth: dob ? vault.encrypt('customers', 'date_of_birth', id, dob) : null,
        birthday_bidx: dob ? vault.birthdayIndex(dob.slice(5)) : null,
        gender: faker.helpers.arrayElement(['female', 'female', 'male', null]),
        notes: faker.number.int(5) === 0 ? faker.helpers.arrayElement(['Prefers Sarah for haircuts.', 'Allergic to certain products.', 'Likes green tea.']) : null,
        total_visits: visits,
        total_spent: spent,
        last_visit_at: lastVisit === null ? null : toStoredTime(new Date(lastVisit)),
        created_at: toStoredTime(new Date(createdMs)),
        updated_at: toStoredTime(new Date(lastVisit ?? createdMs)),
      })
      for (const [billId, invoice, price, tax, total, rounded, at] of billRows) {
        insertBill.run(billId, invoice, id, price, tax, tax, total, rounded, rounded - total, toStoredTime(new Date(at)), owner)
        insertItem.run(billId, faker.helpers.arrayElement(SERVICES)[0], price, price)
        insertTaxRate.run(billId, price, tax, tax)
        insertPayment.run(billId, faker.helpers.arrayElement(['cash', 'upi', 'upi', 'card']), rounded)
        bills++
      }
    }
  })

  const CHUNK = 5_000
  for (let from = 0; from < options.count; from += CHUNK) {
    batch(from, Math.min(options.count, from + CHUNK))
    // The store turns automatic checkpoints off and checkpoints when its own commits pause;
    // these raw transactions bypass that, so without this the WAL kept every page version of
    // the whole run (77 GB for a million customers) until the end.
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    options.onProgress?.(Math.min(options.count, from + CHUNK), options.count)
  }
  sqlite.transaction(() => {
    const upsertMonth = sqlite.prepare(
      `INSERT INTO sales_by_month (month, revenue, visits, new_customers, returning_customers) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (month) DO UPDATE SET revenue = revenue + excluded.revenue, visits = visits + excluded.visits,
         new_customers = new_customers + excluded.new_customers, returning_customers = returning_customers + excluded.returning_customers`,
    )
    for (const [month, f] of months) upsertMonth.run(month, f.revenue, f.visits, f.new_customers, f.returning_customers)
    const setCounter = sqlite.prepare(`INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = max(value, excluded.value)`)
    for (const [fy, value] of sequences) setCounter.run(`invoice:sale:${fy}`, value)
  })()
  return { customers: options.count, bills, phones }
}

/** Bills need the user who posted them: seed after the owner exists (setupOwner). */
function ensureSeedUser(store: Store): string {
  const owner = store.users.list().find((user) => user.role === 'owner')
  if (!owner) throw new Error('Set up the owner (session.setupOwner) before seeding customers.')
  return owner.id
}
