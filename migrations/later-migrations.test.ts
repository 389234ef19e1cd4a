import { describe, expect, it } from 'vitest'
import { openDatabase } from '../db/sqlite/connection'
import { randomKey, tempDbPath } from '../test/helpers/temp'
import { migrationNames } from '.'

const T = '2026-01-01T00:00:00.000Z'
const CUSTOMER = '01ARZ3NDEKTSV4RRFFQ69G5FAV'
const USER = '01ARZ3NDEKTSV4RRFFQ69G5FAW'

/** Migrates a fresh file to `before`, lets the test insert rows, then migrates to `after`. */
async function across(before: string, after: string, seed: (db: Awaited<ReturnType<typeof openDatabase>>) => void) {
  const path = tempDbPath()
  const old = await openDatabase({ path, migrateTo: before })
  seed(old)
  await old.close()
  // A real key seals the safety copy taken before migrating (and checks its schema is exactly `before`'s).
  return openDatabase({ path, migrateTo: after, backupSealKey: randomKey() })
}

const insertCustomer = (db: Awaited<ReturnType<typeof openDatabase>>) =>
  db.sqlite
    .prepare(
      `INSERT INTO customers (id, first_name, last_name, phone, phone_bidx, phone_last4_bidx, total_visits, total_spent, created_at, updated_at)
       VALUES (?, 'Priya', 'Sharma', x'01', x'02', x'03', 3, 150000, ?, ?)`,
    )
    .run(CUSTOMER, T, T)

describe('every migration has a test', () => {
  it('lists them all here', () => {
    expect(migrationNames).toEqual(['0001_customers', '0002_users_audit_settings', '0003_key_recovery', '0004_bills_visits', '0005_data_safety', '0006_drafts', '0007_day_close', '0008_service_menu', '0009_invoice_details', '0010_appointment_book', '0011_audit_carried_over', '0012_erase_buyer_address', '0013_sync_foundation', '0014_audit_invoice_number', '0015_local_desk_data', '0016_sync_schema', '0017_salon_kinds'])
  })
})

describe('0002_users_audit_settings', () => {
  it('keeps customers and adds users, the append-only audit log and default settings', async () => {
    const db = await across('0001_customers', '0002_users_audit_settings', insertCustomer)
    expect(db.sqlite.prepare('SELECT first_name, total_spent FROM customers').get()).toEqual({ first_name: 'Priya', total_spent: 150000 })
    expect(db.sqlite.prepare('SELECT * FROM settings').get()).toMatchObject({
      salon_name: 'My Salon',
      time_zone: 'Asia/Kolkata',
      gst_registered: 1,
      gst_rate_bp: 500,
      invoice_prefix: 'SAL',
      idle_lock_minutes: 10,
    })
    db.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    expect(() => db.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'X', 'admin', '$argon2id$x', ?, ?)`).run('01ARZ3NDEKTSV4RRFFQ69G5FAX', T, T)).toThrow(/CHECK/)
    db.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, outcome) VALUES (?, ?, ?, 'x', 'ok')`).run('01ARZ3NDEKTSV4RRFFQ69G5FAY', T, USER)
    expect(() => db.sqlite.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/)
    await db.close()
  })
})

describe('0003_key_recovery', () => {
  it('keeps users and customers and adds an empty key_recovery table', async () => {
    const db = await across('0002_users_audit_settings', '0003_key_recovery', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT name FROM users').pluck().all()).toEqual(['Asha'])
    expect(db.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1)
    expect(db.sqlite.prepare('SELECT count(*) FROM key_recovery').pluck().get()).toBe(0)
    expect(() => db.sqlite.prepare(`INSERT INTO key_recovery VALUES (2, 'argon2id13', 3, 8192, zeroblob(16), zeroblob(24), zeroblob(48), ?)`).run(T)).toThrow(/CHECK/)
    await db.close()
  })
})

describe('0004_bills_visits', () => {
  it('keeps earlier rows and adds bills tied to customers and users, permanent once written', async () => {
    const db = await across('0003_key_recovery', '0004_bills_visits', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT total_visits FROM customers').pluck().get()).toBe(3)
    const bill = db.sqlite.prepare(
      `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
       VALUES (?, ?, 'sale', ?, 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
    )
    bill.run('01ARZ3NDEKTSV4RRFFQ69G5FB0', 'SAL-25-0001', CUSTOMER, T, USER)
    expect(() => bill.run('01ARZ3NDEKTSV4RRFFQ69G5FB1', 'SAL-25-0002', '01ARZ3NDEKTSV4RRFFQ69G5FZZ', T, USER)).toThrow(/FOREIGN KEY/)
    expect(() =>
      db.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FB2', 'SAL-25-0003', 'sale', NULL, 100, 0, 0, 0, 0, 99, 100, 1, ?, ?)`,
        )
        .run(T, USER),
    ).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE bills SET total = 1`).run()).toThrow(/permanent/)
    db.sqlite
      .prepare(`INSERT INTO visits (id, ticket_number, kind, customer_id, status, salon_day, created_by, created_at, updated_at) VALUES (?, 'TKT-260101-001', 'walkin', ?, 'checked_in', '2026-01-01', ?, ?, ?)`)
      .run('01ARZ3NDEKTSV4RRFFQ69G5FB3', CUSTOMER, USER, T, T)
    expect(db.sqlite.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(1)
    await db.close()
  })
})

describe('0005_data_safety', () => {
  it('keeps customers and bills, adds erasure tracking, backup settings and secure FTS deletes', async () => {
    const db = await across('0004_bills_visits', '0005_data_safety', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT first_name, erased_at FROM customers').get()).toEqual({ first_name: 'Priya', erased_at: null })
    expect(db.sqlite.prepare('SELECT backup_keep, backup_folder FROM settings').get()).toEqual({ backup_keep: 14, backup_folder: null })
    db.sqlite.prepare(`INSERT INTO erasure_ledger VALUES (?, ?, ?, 'request')`).run(CUSTOMER, T, USER)
    expect(() => db.sqlite.prepare('DELETE FROM erasure_ledger').run()).toThrow(/append-only/)
    expect(db.sqlite.prepare(`SELECT v FROM customers_name_fts_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1)
    await db.close()
  })
})

describe('0006_drafts', () => {
  it('keeps customers, users and bills, and adds per-user drafts tied to a user, one per key', async () => {
    const db = await across('0005_data_safety', '0006_drafts', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(`INSERT INTO erasure_ledger VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FB9', ?, ?, 'request')`).run(T, USER)
    })
    expect(db.sqlite.prepare('SELECT first_name, total_spent FROM customers').get()).toEqual({ first_name: 'Priya', total_spent: 150000 })
    expect(db.sqlite.prepare('SELECT name FROM users').pluck().all()).toEqual(['Asha'])
    expect(db.sqlite.prepare('SELECT count(*) FROM erasure_ledger').pluck().get()).toBe(1)
    const draft = db.sqlite.prepare(`INSERT INTO drafts (id, user_id, draft_key, customer_id, payload, updated_at) VALUES (?, ?, ?, ?, x'01', ?)`)
    draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC0', USER, 'bill:new', null, T)
    draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC1', USER, `bill:${CUSTOMER}`, CUSTOMER, T)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC2', USER, 'bill:new', null, T)).toThrow(/UNIQUE/)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC3', '01ARZ3NDEKTSV4RRFFQ69G5FZZ', 'bill:new', null, T)).toThrow(/FOREIGN KEY/)
    expect(() => draft.run('01ARZ3NDEKTSV4RRFFQ69G5FC4', USER, '', null, T)).toThrow(/CHECK/)
    expect(db.sqlite.prepare('SELECT draft_key FROM drafts WHERE customer_id = ?').pluck().all(CUSTOMER)).toEqual([`bill:${CUSTOMER}`])
    await db.close()
  })
})
describe('0007_day_close', () => {
  it('keeps bills and adds closed days: their takings per method, a reason for any difference, never changed', async () => {
    const BILL = '01ARZ3NDEKTSV4RRFFQ69G5FAX'
    const CLOSE = '01ARZ3NDEKTSV4RRFFQ69G5FAY'
    const db = await across('0006_drafts', '0007_day_close', (old) => {
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_name, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES (?, 'SAL-25-0001', 'sale', 'Walk-in', 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
        )
        .run(BILL, T, USER)
    })
    expect(db.sqlite.prepare('SELECT invoice_number FROM bills').pluck().get()).toBe('SAL-25-0001')
    const close = db.sqlite.prepare(
      `INSERT INTO day_closes (id, business_day, covers_from, covers_until, closed_at, closed_by, sales_count, refunds_count, sales_total, refunds_total, opening_float, expected_cash, counted_cash, difference, reason)
       VALUES (?, '2026-01-01', NULL, ?, ?, ?, 1, 0, 52500, 0, 100000, 152500, ?, ?, ?)`,
    )
    expect(() => close.run(CLOSE, T, T, USER, 150000, -2500, null)).toThrow(/CHECK/) // a difference needs its reason
    expect(() => close.run(CLOSE, T, T, USER, 150000, -9999, 'miscounted')).toThrow(/CHECK/) // and must be the difference
    close.run(CLOSE, T, T, USER, 150000, -2500, 'Change given from the float')
    db.sqlite.prepare(`INSERT INTO day_close_takings VALUES (?, 'cash', 52500, 0)`).run(CLOSE)
    expect(() => db.sqlite.prepare(`UPDATE day_closes SET counted_cash = 152500, difference = 0`).run()).toThrow(/cannot be changed/)
    expect(() => db.sqlite.prepare(`DELETE FROM day_close_takings`).run()).toThrow(/cannot be changed/)
    await db.close()
  })
})

describe('0011_audit_carried_over', () => {
  it('keeps the log, marks nothing as carried, and refuses a mark other than 0 or 1', async () => {
    const db = await across('0007_day_close', '0011_audit_carried_over', (old) => {
      old.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, customer_id, outcome) VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FD0', ?, NULL, 'session.login', NULL, NULL, 'ok')`).run(T)
    })
    expect(db.sqlite.prepare('SELECT action, carried_over FROM audit_log').all()).toEqual([{ action: 'session.login', carried_over: 0 }])
    const insert = db.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, customer_id, outcome, carried_over) VALUES (?, ?, NULL, 'customer.delete', NULL, NULL, 'ok', ?)`)
    insert.run('01ARZ3NDEKTSV4RRFFQ69G5FD1', T, 1)
    expect(() => insert.run('01ARZ3NDEKTSV4RRFFQ69G5FD2', T, 2)).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE audit_log SET carried_over = 1`).run()).toThrow(/append-only/)
    await db.close()
  })
})

describe('0008_service_menu', () => {
  it('keeps earlier bills reading as before (their lines at the bill’s rate, no code), adds the menu, per-rate tax and commissions', async () => {
    const SALE = '01ARZ3NDEKTSV4RRFFQ69G5FB0'
    const SUPPLY = '01ARZ3NDEKTSV4RRFFQ69G5FB1'
    const ITEM = '01ARZ3NDEKTSV4RRFFQ69G5FB2'
    const db = await across('0007_day_close', '0008_service_menu', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      const bill = old.sqlite.prepare(
        `INSERT INTO bills (id, invoice_number, kind, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
         VALUES (?, ?, 'sale', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      // ₹500 + ₹1,200 less ₹100 at 5%; and a bill of supply of ₹300 (not registered then).
      bill.run(SALE, 'SAL-25-0001', CUSTOMER, 170_000, 10_000, 500, 4_000, 4_000, 168_000, 168_000, 0, T, USER)
      bill.run(SUPPLY, 'SAL-25-0002', null, 30_000, 0, 0, 0, 0, 30_000, 30_000, 0, T, USER)
      const line = old.sqlite.prepare(`INSERT INTO bill_items (bill_id, line_no, name, unit_price, quantity, line_total) VALUES (?, ?, ?, ?, ?, ?)`)
      line.run(SALE, 1, 'Haircut', 50_000, 1, 50_000)
      line.run(SALE, 2, 'Hair spa', 120_000, 1, 120_000)
      line.run(SUPPLY, 1, 'Threading', 15_000, 2, 30_000)
    })
    expect(db.sqlite.prepare('SELECT total_visits FROM customers').pluck().get()).toBe(3)
    expect(db.sqlite.prepare('SELECT bill_id, name, line_total, kind, menu_item_id, tax_code, gst_rate_bp, discount, stylist_id FROM bill_items ORDER BY bill_id, line_no').all()).toEqual([
      { bill_id: SALE, name: 'Haircut', line_total: 50_000, kind: 'service', menu_item_id: null, tax_code: null, gst_rate_bp: 500, discount: 2_941, stylist_id: null },
      { bill_id: SALE, name: 'Hair spa', line_total: 120_000, kind: 'service', menu_item_id: null, tax_code: null, gst_rate_bp: 500, discount: 7_059, stylist_id: null },
      { bill_id: SUPPLY, name: 'Threading', line_total: 30_000, kind: 'service', menu_item_id: null, tax_code: null, gst_rate_bp: 0, discount: 0, stylist_id: null },
    ])
    expect(db.sqlite.prepare('SELECT * FROM bill_tax_rates ORDER BY bill_id').all()).toEqual([
      { bill_id: SALE, gst_rate_bp: 500, taxable_value: 160_000, cgst: 4_000, sgst: 4_000 },
      { bill_id: SUPPLY, gst_rate_bp: 0, taxable_value: 30_000, cgst: 0, sgst: 0 },
    ])
    expect(db.sqlite.prepare('SELECT subtotal, discount, gst_rate_bp, cgst, sgst, rounded_total FROM bills WHERE id = ?').get(SALE)).toEqual({ subtotal: 170_000, discount: 10_000, gst_rate_bp: 500, cgst: 4_000, sgst: 4_000, rounded_total: 168_000 })
    // Still permanent, the new table too.
    expect(() => db.sqlite.prepare(`UPDATE bill_items SET discount = 0`).run()).toThrow(/permanent/)
    expect(() => db.sqlite.prepare(`DELETE FROM bill_tax_rates`).run()).toThrow(/permanent/)
    expect(db.sqlite.prepare('SELECT commission_bp FROM users').pluck().get()).toBe(0)
    // The menu: a service needs a SAC code and a duration and has no rate of its own; never deleted.
    const item = db.sqlite.prepare(
      `INSERT INTO menu_items (id, kind, name, category, price, duration_minutes, tax_code, gst_rate_bp, created_at, updated_at) VALUES (?, ?, ?, 'Hair', 50000, ?, ?, ?, ?, ?)`,
    )
    expect(() => item.run(ITEM, 'service', 'Haircut', 30, '33059011', null, T, T)).toThrow(/CHECK/)
    expect(() => item.run(ITEM, 'service', 'Haircut', 30, '999721', 1800, T, T)).toThrow(/CHECK/)
    expect(() => item.run(ITEM, 'product', 'Shampoo', null, '3305', null, T, T)).toThrow(/CHECK/)
    item.run(ITEM, 'service', 'Haircut', 30, '999721', null, T, T)
    expect(() => item.run('01ARZ3NDEKTSV4RRFFQ69G5FB3', 'service', 'HAIRCUT', 30, '999721', null, T, T)).toThrow(/UNIQUE/)
    expect(() => db.sqlite.prepare('DELETE FROM menu_items').run()).toThrow(/never deleted/)
    await db.close()
  })
})

describe('0010_appointment_book', () => {
  it('keeps visits and settings, adds a stylist (a user), a menu service id without a key, and opening hours', async () => {
    const VISIT = '01ARZ3NDEKTSV4RRFFQ69G5FD0'
    const db = await across('0007_day_close', '0010_appointment_book', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite
        .prepare(
          `INSERT INTO visits (id, ticket_number, kind, customer_id, service, status, salon_day, scheduled_at, duration_minutes, created_by, created_at, updated_at)
           VALUES (?, 'TKT-260101-001', 'appointment', ?, 'Haircut', 'scheduled', '2026-01-01', ?, 45, ?, ?, ?)`,
        )
        .run(VISIT, CUSTOMER, T, USER, T, T)
    })
    expect(db.sqlite.prepare('SELECT service, duration_minutes, stylist_id, service_id FROM visits').get()).toEqual({ service: 'Haircut', duration_minutes: 45, stylist_id: null, service_id: null })
    db.sqlite.prepare(`UPDATE visits SET stylist_id = ?, service_id = 'menu-item-that-may-not-exist-yet' WHERE id = ?`).run(USER, VISIT)
    expect(() => db.sqlite.prepare(`UPDATE visits SET stylist_id = '01ARZ3NDEKTSV4RRFFQ69G5FZZ' WHERE id = ?`).run(VISIT)).toThrow(/FOREIGN KEY/)
    const hours = JSON.parse(db.sqlite.prepare('SELECT opening_hours FROM settings').pluck().get() as string) as unknown[]
    expect(hours).toHaveLength(7)
    expect(hours[0]).toEqual(['10:00', '20:00'])
    expect(() => db.sqlite.prepare(`UPDATE settings SET opening_hours = '[]'`).run()).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE settings SET opening_hours = 'not json'`).run()).toThrow(/CHECK/)
    await db.close()
  })
})

describe('0009_invoice_details', () => {
  it('keeps settings and bills, adds the salon\'s invoice particulars and a business buyer\'s, as permanent as the bill', async () => {
    const BILL = '01ARZ3NDEKTSV4RRFFQ69G5FAX'
    const db = await across('0007_day_close', '0009_invoice_details', (old) => {
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(`UPDATE settings SET salon_name = 'Glow Studio', gst_rate_bp = 1800`).run()
      old.sqlite
        .prepare(
          `INSERT INTO bills (id, invoice_number, kind, customer_name, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by)
           VALUES (?, 'SAL-25-0001', 'sale', 'Walk-in', 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?)`,
        )
        .run(BILL, T, USER)
    })
    expect(db.sqlite.prepare('SELECT salon_name, gst_rate_bp, legal_name, gstin, default_sac, silent_print FROM settings').get()).toEqual({
      salon_name: 'Glow Studio',
      gst_rate_bp: 1800,
      legal_name: null,
      gstin: null,
      default_sac: '999721',
      silent_print: 0,
    })
    expect(db.sqlite.prepare('SELECT invoice_number, buyer_gstin, buyer_address, buyer_state_code FROM bills').get()).toEqual({
      invoice_number: 'SAL-25-0001',
      buyer_gstin: null,
      buyer_address: null,
      buyer_state_code: null,
    })
    const set = (column: string, value: string | number) => () => db.sqlite.prepare(`UPDATE settings SET ${column} = ?`).run(value)
    expect(set('gstin', '27AAPFU0939F1Z')).toThrow(/CHECK/) // 14 characters
    expect(set('state_code', 'MH')).toThrow(/CHECK/)
    expect(set('silent_print', 2)).toThrow(/CHECK/)
    set('gstin', '27AAPFU0939F1ZV')()
    expect(() => db.sqlite.prepare(`UPDATE bills SET buyer_gstin = '27AAPFU0939F1ZV'`).run()).toThrow(/permanent/)
    expect(() => db.sqlite.prepare(`UPDATE bills SET buyer_address = 'Somewhere'`).run()).toThrow(/permanent/)
    await db.close()
  })
})

describe('0012_erase_buyer_address', () => {
  it('keeps the buyers on bills and lets only an unregistered buyer’s address be erased', async () => {
    const PRIVATE = '01ARZ3NDEKTSV4RRFFQ69G5FE0'
    const BUSINESS = '01ARZ3NDEKTSV4RRFFQ69G5FE1'
    const db = await across('0011_audit_carried_over', '0012_erase_buyer_address', (old) => {
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      const bill = old.sqlite.prepare(
        `INSERT INTO bills (id, invoice_number, kind, customer_name, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, posted_at, created_by, buyer_gstin, buyer_address, buyer_state_code)
         VALUES (?, ?, 'sale', 'Walk-in', 6000000, 0, 500, 150000, 150000, 6300000, 6300000, 0, ?, ?, ?, ?, '29')`,
      )
      bill.run(PRIVATE, 'SAL-25-0001', T, USER, null, '14 Lavelle Road, Bengaluru')
      bill.run(BUSINESS, 'SAL-25-0002', T, USER, '29AAPFU0939F1ZV', '5 MG Road, Bengaluru')
    })
    const buyers = () => db.sqlite.prepare('SELECT buyer_gstin, buyer_address, buyer_state_code FROM bills ORDER BY invoice_number').all()
    expect(buyers()).toEqual([
      { buyer_gstin: null, buyer_address: '14 Lavelle Road, Bengaluru', buyer_state_code: '29' },
      { buyer_gstin: '29AAPFU0939F1ZV', buyer_address: '5 MG Road, Bengaluru', buyer_state_code: '29' },
    ])
    const update = (set: string, id: string) => () => db.sqlite.prepare(`UPDATE bills SET ${set} WHERE id = ?`).run(id)
    // Only clearing a private buyer's address, nothing else about the buyer.
    expect(update(`buyer_address = 'Elsewhere'`, PRIVATE)).toThrow(/permanent/)
    expect(update(`buyer_address = NULL, buyer_state_code = NULL`, PRIVATE)).toThrow(/permanent/)
    expect(update(`buyer_address = NULL, buyer_gstin = '29AAPFU0939F1ZV'`, PRIVATE)).toThrow(/permanent/)
    expect(update(`buyer_address = NULL`, BUSINESS)).toThrow(/permanent/)
    expect(update(`buyer_gstin = NULL`, BUSINESS)).toThrow(/permanent/)
    update(`buyer_address = NULL`, PRIVATE)()
    expect(buyers()).toEqual([
      { buyer_gstin: null, buyer_address: null, buyer_state_code: '29' },
      { buyer_gstin: '29AAPFU0939F1ZV', buyer_address: '5 MG Road, Bengaluru', buyer_state_code: '29' },
    ])
    // The rest of the bill is as permanent as before.
    expect(update(`customer_name = 'Someone'`, PRIVATE)).toThrow(/permanent/)
    await db.close()
  })
})

describe('0013_sync_foundation', () => {
  it('keeps every row, adds the desk, the outbox and the field clocks, and the erasure ledger’s phone index', async () => {
    const db = await across('0012_erase_buyer_address', '0013_sync_foundation', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO erasure_ledger (customer_id, erased_at, user_id, basis) VALUES (?, ?, NULL, 'asked at the counter')`).run('01ARZ3NDEKTSV4RRFFQ69G5FB0', T)
    })
    expect(db.sqlite.prepare('SELECT first_name, total_spent FROM customers').get()).toEqual({ first_name: 'Priya', total_spent: 150000 })
    expect(db.sqlite.prepare('SELECT customer_id, basis, phone_bidx FROM erasure_ledger').get()).toEqual({ customer_id: '01ARZ3NDEKTSV4RRFFQ69G5FB0', basis: 'asked at the counter', phone_bidx: null })
    // Nothing is in the outbox for rows that were there before: a desk that never synced uploads its data when it enrols.
    expect(db.sqlite.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0)
    expect(db.sqlite.prepare('SELECT count(*) FROM sync_desk').pluck().get()).toBe(0)
    const insertDesk = db.sqlite.prepare(`INSERT INTO sync_desk (id, desk_id, hlc, created_at) VALUES (?, 'D', '2026', ?)`)
    insertDesk.run(1, T)
    expect(db.sqlite.prepare('SELECT desk_code FROM sync_desk').pluck().get()).toBe('local')
    expect(() => insertDesk.run(2, T)).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`INSERT INTO sync_outbox (change_id, table_name, row_key, op, fields, hlc) VALUES ('c', 'customers', 'x', 'upsert', '{}', 'h')`).run()).toThrow(/CHECK/)
    await db.close()
  })
})

describe('0014_audit_invoice_number', () => {
  it('keeps every audit entry, and entries from now on can record the number a bill issued, found by an index', async () => {
    const db = await across('0013_sync_foundation', '0014_audit_invoice_number', (old) => {
      old.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, outcome, carried_over) VALUES (?, ?, NULL, 'bill.post', 'x', 'ok', 1)`).run('01ARZ3NDEKTSV4RRFFQ69G5FF0', T)
    })
    expect(db.sqlite.prepare('SELECT action, carried_over, invoice_number FROM audit_log').all()).toEqual([{ action: 'bill.post', carried_over: 1, invoice_number: null }])
    const insert = db.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, outcome, invoice_number) VALUES (?, ?, NULL, 'bill.post', 'y', 'ok', ?)`)
    insert.run('01ARZ3NDEKTSV4RRFFQ69G5FF1', T, 'SAL-26-0002')
    expect(() => insert.run('01ARZ3NDEKTSV4RRFFQ69G5FF2', T, 'S-1')).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE audit_log SET invoice_number = 'SAL-26-0009'`).run()).toThrow(/append-only/)
    const plan = db.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT max(invoice_number) FROM audit_log WHERE invoice_number >= 'SAL-26-0' AND invoice_number < 'SAL-26-:'`).all() as { detail: string }[]
    expect(plan.map((step) => step.detail).join(' ')).toMatch(/audit_log_invoice_number/)
    await db.close()
  })
})

describe('0015_local_desk_data', () => {
  it('moves lockout counts and the desk\'s own settings out of the synced rows into local tables, values kept, old columns gone', async () => {
    const LOCKED = '01ARZ3NDEKTSV4RRFFQ69G5FAX'
    const CLEAR = '01ARZ3NDEKTSV4RRFFQ69G5FAY'
    const until = '2026-01-01T00:15:00.000Z'
    const db = await across('0014_audit_invoice_number', '0015_local_desk_data', (old) => {
      const user = old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, failed_attempts, locked_until, created_at, updated_at) VALUES (?, ?, 'staff', '$argon2id$x', ?, ?, ?, ?)`)
      user.run(USER, 'Asha', 2, null, T, T)
      user.run(LOCKED, 'Ravi', 10, until, T, T)
      user.run(CLEAR, 'Meena', 0, null, T, T)
      old.sqlite.prepare(`UPDATE settings SET salon_name = 'Glow', printer_name = 'TM-T82', silent_print = 1, backup_folder = '/media/usb/parlour', backup_keep = 30`).run()
    })
    const columns = (table: string) => (db.sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    expect(columns('users')).not.toContain('failed_attempts')
    expect(columns('users')).not.toContain('locked_until')
    expect(db.sqlite.prepare('SELECT name FROM users ORDER BY name').pluck().all()).toEqual(['Asha', 'Meena', 'Ravi'])
    expect(db.sqlite.prepare('SELECT user_id, failed_attempts, locked_until FROM user_lockouts ORDER BY user_id').all()).toEqual([
      { user_id: USER, failed_attempts: 2, locked_until: null },
      { user_id: LOCKED, failed_attempts: 10, locked_until: until },
    ])
    for (const gone of ['printer_name', 'silent_print', 'backup_folder', 'backup_keep']) expect(columns('settings')).not.toContain(gone)
    expect(db.sqlite.prepare('SELECT salon_name FROM settings').pluck().get()).toBe('Glow')
    expect(db.sqlite.prepare('SELECT * FROM desk_settings').all()).toEqual([{ id: 1, printer_name: 'TM-T82', silent_print: 1, backup_folder: '/media/usb/parlour', backup_keep: 30 }])
    expect(() => db.sqlite.prepare(`INSERT INTO desk_settings (id) VALUES (2)`).run()).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`UPDATE desk_settings SET backup_keep = 0`).run()).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`INSERT INTO user_lockouts (user_id, failed_attempts) VALUES (?, -1)`).run(CLEAR)).toThrow(/CHECK/)
    expect(() => db.sqlite.prepare(`INSERT INTO user_lockouts (user_id, failed_attempts) VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FZZ', 1)`).run()).toThrow(/FOREIGN KEY/)
    await db.close()
  })
})

describe('0016_sync_schema', () => {
  it('keeps every row, index and trigger, adds duplicates, several refunds of a sale, the desk, one close per desk and day, and desk codes in tickets', async () => {
    const SALE = '01ARZ3NDEKTSV4RRFFQ69G5FG0'
    const REFUND = '01ARZ3NDEKTSV4RRFFQ69G5FG1'
    const VISIT = '01ARZ3NDEKTSV4RRFFQ69G5FG2'
    const CLOSE = '01ARZ3NDEKTSV4RRFFQ69G5FG3'
    const OTHER = '01ARZ3NDEKTSV4RRFFQ69G5FG4'
    const ERASED = '01ARZ3NDEKTSV4RRFFQ69G5FG5'
    const bill = `INSERT INTO bills (id, invoice_number, kind, original_bill_id, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, refund_reason, posted_at, created_by)
       VALUES (?, ?, ?, ?, ?, 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?, ?)`
    const db = await across('0015_local_desk_data', '0016_sync_schema', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO customers (id, first_name, created_at, updated_at, erased_at, deleted_at) VALUES (?, 'Erased', ?, ?, ?, ?)`).run(ERASED, T, T, T, T)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(bill).run(SALE, 'SAL-25-0001', 'sale', null, CUSTOMER, null, T, USER)
      old.sqlite.prepare(bill).run(REFUND, 'SAL-CN-25-0001', 'refund', SALE, CUSTOMER, 'Unhappy', T, USER)
      old.sqlite
        .prepare(`INSERT INTO visits (id, ticket_number, kind, customer_id, status, salon_day, created_by, created_at, updated_at, stylist_id) VALUES (?, 'TKT-260101-001', 'walkin', ?, 'checked_in', '2026-01-01', ?, ?, ?, ?)`)
        .run(VISIT, CUSTOMER, USER, T, T, USER)
      old.sqlite
        .prepare(
          `INSERT INTO day_closes (id, business_day, covers_from, covers_until, closed_at, closed_by, sales_count, refunds_count, sales_total, refunds_total, opening_float, expected_cash, counted_cash, difference, reason)
           VALUES (?, '2026-01-01', NULL, ?, ?, ?, 1, 1, 52500, 52500, 100000, 100000, 100000, 0, NULL)`,
        )
        .run(CLOSE, T, T, USER)
      old.sqlite.prepare(`INSERT INTO day_close_takings VALUES (?, 'cash', 52500, 52500)`).run(CLOSE)
    })
    const { sqlite } = db
    // Every row is kept, with its rowid (the name index points at them), on the desk `local`, no customer a duplicate.
    expect(sqlite.prepare('SELECT rowid, id, first_name, total_spent, phone_bidx, duplicate_of FROM customers ORDER BY rowid').all()).toEqual([
      { rowid: 1, id: CUSTOMER, first_name: 'Priya', total_spent: 150000, phone_bidx: Buffer.from([2]), duplicate_of: null },
      { rowid: 2, id: ERASED, first_name: 'Erased', total_spent: 0, phone_bidx: null, duplicate_of: null },
    ])
    expect(sqlite.prepare('SELECT id, kind, desk FROM bills ORDER BY invoice_number').all()).toEqual([
      { id: SALE, kind: 'sale', desk: 'local' },
      { id: REFUND, kind: 'refund', desk: 'local' },
    ])
    expect(sqlite.prepare('SELECT ticket_number, stylist_id, desk FROM visits').get()).toEqual({ ticket_number: 'TKT-260101-001', stylist_id: USER, desk: 'local' })
    expect(sqlite.prepare('SELECT business_day, counted_cash, desk FROM day_closes').get()).toEqual({ business_day: '2026-01-01', counted_cash: 100000, desk: 'local' })
    expect(sqlite.prepare('SELECT count(*) FROM day_close_takings').pluck().get()).toBe(1)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')

    // The name index works over the rebuilt table, and follows its changes.
    const byName = sqlite.prepare(`SELECT c.id FROM customers_name_fts f JOIN customers c ON c.rowid = f.rowid WHERE customers_name_fts MATCH ?`).pluck()
    expect(byName.all('"riy"')).toEqual([CUSTOMER])
    sqlite.prepare(`UPDATE customers SET first_name = 'Meera' WHERE id = ?`).run(CUSTOMER)
    expect(byName.all('"riy"')).toEqual([])
    expect(byName.all('"eer"')).toEqual([CUSTOMER])
    sqlite.prepare(`INSERT INTO customers_name_fts (customers_name_fts, rank) VALUES ('integrity-check', 1)`).run()
    expect(sqlite.prepare(`SELECT v FROM customers_name_fts_config WHERE k = 'secure-delete'`).pluck().get()).toBe(1)

    // A phone is unique among customers that are not duplicates; a duplicate points at a customer, never itself.
    const customer = sqlite.prepare(`INSERT INTO customers (id, first_name, phone, phone_bidx, phone_last4_bidx, duplicate_of, created_at, updated_at) VALUES (?, 'Priya', x'01', x'02', x'03', ?, ?, ?)`)
    expect(() => customer.run(OTHER, null, T, T)).toThrow(/UNIQUE/)
    expect(() => customer.run(OTHER, '01ARZ3NDEKTSV4RRFFQ69G5FZZ', T, T)).toThrow(/FOREIGN KEY/)
    expect(() => customer.run(OTHER, OTHER, T, T)).toThrow(/CHECK/)
    customer.run(OTHER, CUSTOMER, T, T)
    expect(() => sqlite.prepare(`UPDATE customers SET duplicate_of = NULL WHERE id = ?`).run(OTHER)).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare(`DELETE FROM customers WHERE id = ?`).run(CUSTOMER)).toThrow(/FOREIGN KEY/)

    // A second refund of one sale is a row like the first; bills stay permanent, their desk too.
    sqlite.prepare(bill).run('01ARZ3NDEKTSV4RRFFQ69G5FG6', 'SAL-CN-25-0002', 'refund', SALE, CUSTOMER, 'Refunded on desk A too', T, USER)
    expect(sqlite.prepare('SELECT count(*) FROM bills WHERE original_bill_id = ?').pluck().get(SALE)).toBe(2)
    expect(() => sqlite.prepare(`UPDATE bills SET desk = 'A'`).run()).toThrow(/permanent/)
    expect(() => sqlite.prepare(`UPDATE bills SET total = 1`).run()).toThrow(/permanent/)

    // Tickets: as today, or with an enrolled desk's code of one or two letters.
    const visit = sqlite.prepare(`INSERT INTO visits (id, ticket_number, kind, customer_name, status, salon_day, created_by, created_at, updated_at, desk) VALUES (?, ?, 'walkin', 'Walk-in', 'checked_in', '2026-01-01', ?, ?, ?, ?)`)
    visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH0', 'TKT-260101-002', USER, T, T, 'local')
    visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH1', 'TKT-A-260101-001', USER, T, T, 'A')
    visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH2', 'TKT-AB-260101-001', USER, T, T, 'AB')
    expect(() => visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH3', 'TKT-ABC-260101-001', USER, T, T, 'A')).toThrow(/CHECK/)
    expect(() => visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH4', 'TKT-a-260101-001', USER, T, T, 'A')).toThrow(/CHECK/)
    expect(() => visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH5', 'TKT-260101-003', USER, T, T, 'abc')).toThrow(/CHECK/)
    expect(() => visit.run('01ARZ3NDEKTSV4RRFFQ69G5FH6', 'TKT-A-260101-001', USER, T, T, 'A')).toThrow(/UNIQUE/)

    // One close per desk and business day; closes stay unchangeable.
    const close = sqlite.prepare(
      `INSERT INTO day_closes (id, business_day, covers_from, covers_until, closed_at, closed_by, sales_count, refunds_count, sales_total, refunds_total, opening_float, expected_cash, counted_cash, difference, reason, desk)
       VALUES (?, '2026-01-01', NULL, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, NULL, ?)`,
    )
    expect(() => close.run('01ARZ3NDEKTSV4RRFFQ69G5FJ0', T, T, USER, 'local')).toThrow(/UNIQUE/)
    close.run('01ARZ3NDEKTSV4RRFFQ69G5FJ1', T, T, USER, 'A')
    expect(() => close.run('01ARZ3NDEKTSV4RRFFQ69G5FJ2', T, T, USER, 'A')).toThrow(/UNIQUE/)
    expect(() => sqlite.prepare(`UPDATE day_closes SET desk = 'B'`).run()).toThrow(/cannot be changed/)
    expect(() => sqlite.prepare(`DELETE FROM day_close_takings`).run()).toThrow(/cannot be changed/)

    // The indexes the rebuilt tables had are there again.
    const indexes = sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name IN ('customers', 'visits', 'day_closes') AND sql IS NOT NULL ORDER BY name`).pluck().all()
    expect(indexes).toEqual([
      'customers_deleted', 'customers_duplicates', 'customers_live_birthday', 'customers_live_first_name', 'customers_live_last4', 'customers_live_last_name',
      'customers_live_last_seen', 'customers_live_top_spend', 'customers_phone_unique', 'day_closes_by_cover',
      'visits_by_anonymous_phone', 'visits_by_customer', 'visits_by_day', 'visits_by_stylist_day',
    ])
    await db.close()
  })
})

describe('0017_salon_kinds', () => {
  it.each([
    [1, 'regular'],
    [0, 'unregistered'],
  ])('keeps every bill and setting, dates the salon’s kind from the flag (%i → %s), and adds bills’ snapshots as permanent as the bill', async (flag, kind) => {
    const SALE = '01ARZ3NDEKTSV4RRFFQ69G5FK0'
    const REFUND = '01ARZ3NDEKTSV4RRFFQ69G5FK1'
    const bill = `INSERT INTO bills (id, invoice_number, kind, original_bill_id, customer_id, subtotal, discount, gst_rate_bp, cgst, sgst, total, rounded_total, rounding_adjustment, refund_reason, posted_at, created_by)
       VALUES (?, ?, ?, ?, ?, 50000, 0, 500, 1250, 1250, 52500, 52500, 0, ?, ?, ?)`
    const db = await across('0016_sync_schema', '0017_salon_kinds', (old) => {
      insertCustomer(old)
      old.sqlite.prepare(`INSERT INTO users (id, name, role, pin_hash, created_at, updated_at) VALUES (?, 'Asha', 'owner', '$argon2id$x', ?, ?)`).run(USER, T, T)
      old.sqlite.prepare(`UPDATE settings SET gst_registered = ?, salon_name = 'Glow Studio', gstin = '29AAGCB7383J1Z4', state_code = '29' WHERE id = 1`).run(flag)
      old.sqlite.prepare(`INSERT INTO sync_field_clocks (table_name, row_key, clocks) VALUES ('settings', '1', json_object('gst_registered', 'h1', 'salon_name', 'h2'))`).run()
      old.sqlite.prepare(bill).run(SALE, 'SAL-25-0001', 'sale', null, CUSTOMER, null, T, USER)
      old.sqlite.prepare(bill).run(REFUND, 'SAL-CN-25-0001', 'refund', SALE, CUSTOMER, 'Unhappy', T, USER)
      old.sqlite.prepare(`INSERT INTO audit_log (id, at, user_id, action, target_id, outcome) VALUES ('01ARZ3NDEKTSV4RRFFQ69G5FK2', ?, ?, 'bill.post', ?, 'ok')`).run(T, USER, SALE)
    })
    const { sqlite } = db
    // The kind, from the day GST began; the flag is gone, with its clock.
    expect(sqlite.prepare('SELECT id, kind, effective_from, set_at, set_by FROM gst_kinds').all()).toEqual([
      { id: '00000000000000000000000000', kind, effective_from: '2017-07-01', set_at: '2017-07-01T00:00:00.000Z', set_by: null },
    ])
    expect(sqlite.prepare('SELECT salon_name, gstin, state_code FROM settings').get()).toEqual({ salon_name: 'Glow Studio', gstin: '29AAGCB7383J1Z4', state_code: '29' })
    expect(sqlite.prepare(`SELECT name FROM pragma_table_info('settings') WHERE name = 'gst_registered'`).all()).toEqual([])
    expect(JSON.parse(sqlite.prepare(`SELECT clocks FROM sync_field_clocks WHERE table_name = 'settings'`).pluck().get() as string)).toEqual({ salon_name: 'h2' })
    // Every bill kept, with no snapshot (it reads today's settings as before), and every audit entry.
    expect(sqlite.prepare('SELECT id, invoice_number, kind, cgst, gst_kind, supplier_name, supplier_gstin, place_of_supply, default_sac FROM bills ORDER BY invoice_number').all()).toEqual([
      { id: SALE, invoice_number: 'SAL-25-0001', kind: 'sale', cgst: 1250, gst_kind: null, supplier_name: null, supplier_gstin: null, place_of_supply: null, default_sac: null },
      { id: REFUND, invoice_number: 'SAL-CN-25-0001', kind: 'refund', cgst: 1250, gst_kind: null, supplier_name: null, supplier_gstin: null, place_of_supply: null, default_sac: null },
    ])
    expect(sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1)
    expect(sqlite.pragma('foreign_key_check')).toEqual([])
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok')

    // Bills stay permanent, their snapshot too; the phone and buyer address may still be erased.
    expect(() => sqlite.prepare(`UPDATE bills SET gst_kind = 'regular'`).run()).toThrow(/permanent/)
    expect(() => sqlite.prepare(`UPDATE bills SET supplier_gstin = '29AAGCB7383J1Z4'`).run()).toThrow(/permanent/)
    expect(() => sqlite.prepare(`UPDATE bills SET total = 1`).run()).toThrow(/permanent/)
    sqlite.prepare(`UPDATE bills SET customer_phone = NULL`).run()
    expect(() =>
      sqlite.prepare(bill.replace('refund_reason, posted_at', 'refund_reason, gst_kind, posted_at').replace('?, ?, ?)', "?, 'barter', ?, ?)")).run('01ARZ3NDEKTSV4RRFFQ69G5FK3', 'SAL-25-0002', 'sale', null, CUSTOMER, null, T, USER),
    ).toThrow(/CHECK/)

    // Kinds are insert-only, a known kind from a real-looking day; prints are counted by an index.
    const kinds = sqlite.prepare(`INSERT INTO gst_kinds (id, kind, effective_from, set_at, set_by) VALUES (?, ?, ?, ?, ?)`)
    kinds.run('01ARZ3NDEKTSV4RRFFQ69G5FK4', 'composition', '2026-12-01', T, USER)
    expect(() => kinds.run('01ARZ3NDEKTSV4RRFFQ69G5FK5', 'exempt', '2026-12-01', T, USER)).toThrow(/CHECK/)
    expect(() => kinds.run('01ARZ3NDEKTSV4RRFFQ69G5FK6', 'regular', '1 Dec 2026', T, USER)).toThrow(/CHECK/)
    expect(() => kinds.run('01ARZ3NDEKTSV4RRFFQ69G5FK7', 'regular', '2026-12-01', T, '01ARZ3NDEKTSV4RRFFQ69G5FZZ')).toThrow(/FOREIGN KEY/)
    expect(() => sqlite.prepare(`UPDATE gst_kinds SET kind = 'regular'`).run()).toThrow(/never changed/)
    expect(() => sqlite.prepare(`DELETE FROM gst_kinds`).run()).toThrow(/never changed/)
    expect(sqlite.prepare(`SELECT name FROM sqlite_schema WHERE type = 'index' AND name IN ('audit_log_bill_prints', 'gst_kinds_by_day') ORDER BY name`).pluck().all()).toEqual(['audit_log_bill_prints', 'gst_kinds_by_day'])
    await db.close()
  })
})
